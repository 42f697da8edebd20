/**
 * What each vendor's leads support, known before any client is created (`leads.capabilities`
 * says the same of one client). An operation marked `false` throws `UnsupportedOperationError`
 * before any request.
 */
export const leadCapabilities = {
  algebraix: { list: true, get: true, create: true, update: true },
  syscap: { list: true, get: true, create: true, update: true },
  leancore: { list: true, get: false, create: false, update: false },
  envia: { list: true, get: true, create: true, update: true },
  centia: { list: true, get: true, create: true, update: false },
} as const;

export type LeadCapabilities = typeof leadCapabilities;
