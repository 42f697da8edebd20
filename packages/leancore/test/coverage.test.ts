import { coverageSuite } from "@crm-sdk/contract-testing/suite";
import { createLeancoreClient } from "../src/index.js";
import { operationMethods } from "../src/operations.js";

coverageSuite({ vendor: "leancore", client: createLeancoreClient({ baseUrl: "https://leancore.test", token: "t" }), operationMethods });
