import { coverageSuite } from "@crm-sdk/contract-testing/suite";
import { createAlgebraixClient, operationMethods } from "../src/index.js";

coverageSuite({ vendor: "algebraix", client: createAlgebraixClient({ token: "t" }), operationMethods });
