/**
 * Anthropic error types: the one status → type table the gateway uses (the
 * codec's envelope for gateway errors, normalisation of non-JSON upstream
 * errors, and the transcoders mapping an OpenAI upstream's errors).
 */

/**
 * Anthropic error `type` by HTTP status — the one table the gateway uses (its own
 * errors below, and the transcoders mapping an OpenAI upstream's errors).
 * Anthropic errors doc + the SDK's `_client.py`: 400 invalid_request_error,
 * 401 authentication_error, 402 billing_error, 403 permission_error,
 * 404 not_found_error, 413 request_too_large, 429 rate_limit_error, 500 api_error,
 * 504 timeout_error, 529 overloaded_error. Anthropic documents no 503: the
 * gateway sends it for "no upstream available right now" (circuit open, an
 * OpenAI-format upstream's 503), a temporary condition, so overloaded_error
 * (the SDKs retry a 503 by its status either way). Other 5xx → api_error,
 * other 4xx → invalid_request_error.
 */
export function anthropicErrorTypeForStatus(status: number): string {
  switch (status) {
    case 400:
      return 'invalid_request_error';
    case 401:
      return 'authentication_error';
    case 402:
      return 'billing_error';
    case 403:
      return 'permission_error';
    case 404:
      return 'not_found_error';
    case 413:
      return 'request_too_large';
    case 429:
      return 'rate_limit_error';
    case 503:
    case 529:
      return 'overloaded_error';
    case 504:
      return 'timeout_error';
    default:
      return status >= 500 ? 'api_error' : 'invalid_request_error';
  }
}
