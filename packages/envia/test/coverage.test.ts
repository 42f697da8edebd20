import { coverageSuite } from "@crm-sdk/contract-testing/suite";
import { createEnviaClient } from "../src/index.js";
import { operationMethods } from "../src/operations.js";

coverageSuite({ vendor: "envia", client: createEnviaClient({ baseUrl: "https://envia.test", token: "t" }), operationMethods });
