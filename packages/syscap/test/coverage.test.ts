import { coverageSuite } from "@crm-sdk/contract-testing/suite";
import { createSyscapClient } from "../src/index.js";
import { operationMethods } from "../src/operations.js";

coverageSuite({ vendor: "syscap", client: createSyscapClient({ baseUrl: "https://syscap.test", token: "t" }), operationMethods });
