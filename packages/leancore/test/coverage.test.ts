import { coverageSuite } from "@crm-sdk/contract-testing/suite";
import { createLeancoreClient, operationMethods } from "../src/index.js";

coverageSuite({ vendor: "leancore", client: createLeancoreClient({ token: "t" }), operationMethods });
