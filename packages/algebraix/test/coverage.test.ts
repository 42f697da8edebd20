import { coverageSuite } from "@crm-sdk/contract-testing/suite";
import { createAlgebraixClient } from "../src/index.js";
import { operationMethods } from "../src/operations.js";

coverageSuite({ vendor: "algebraix", client: createAlgebraixClient({ baseUrl: "https://algebraix.test", token: "t" }), operationMethods });
