import { coverageSuite } from "@crm-sdk/contract-testing/suite";
import { createEnviaClient, operationMethods } from "../src/index.js";

coverageSuite({ vendor: "envia", client: createEnviaClient({ token: "t" }), operationMethods });
