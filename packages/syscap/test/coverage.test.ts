import { coverageSuite } from "@crm-sdk/contract-testing/suite";
import { createSyscapClient, operationMethods } from "../src/index.js";

coverageSuite({ vendor: "syscap", client: createSyscapClient({ token: "t" }), operationMethods });
