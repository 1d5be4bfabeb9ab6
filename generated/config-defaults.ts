// generated from specs/ — do not edit (npm run gen)
// Source: specs/config.ts (`default` annotations). Renderer: scripts/gen/config-defaults.ts.

/**
 * Config defaults by section; `*` stands for every entry of a record
 * (`providers.<name>`, `models.<alias>`), `[]` for every element of a list
 * (`callers`, `models.<alias>.targets`). Applied once by runtime/config/ `normalize`.
 */
export const CONFIG_DEFAULTS = {
  "callers": {
    "[]": {
      "direct_provider_routing": false,
      "models": [
        "*"
      ]
    }
  },
  "circuit_breaker": {
    "cooldown_ms": 15000,
    "failure_rate": 0.5,
    "failure_threshold": 5,
    "key_probe_ms": 60000,
    "min_requests": 20,
    "window_ms": 30000
  },
  "limits": {
    "on_store_error": "open",
    "store": "memory",
    "store_timeout_ms": 100
  },
  "logging": {
    "level": "info",
    "log_payloads": false,
    "usage_sink": "stdout"
  },
  "models": {
    "*": {
      "targets": {
        "[]": {
          "weight": 1
        }
      },
      "unsupported_params": "reject"
    }
  },
  "observability": {
    "metrics": true
  },
  "providers": {
    "*": {
      "caller_keys": "stored",
      "price_multiplier": 1,
      "simulated": false
    }
  },
  "responses": {
    "max_bytes": 268435456,
    "max_entries": 10000,
    "store": "memory",
    "ttl_s": 2592000
  },
  "retry": {
    "base_delay_ms": 200,
    "budget_ms": 60000,
    "max_attempts": 3,
    "max_delay_ms": 5000
  },
  "server": {
    "auth": "required",
    "body_limit_bytes": 33554432,
    "dashboard": false,
    "host": "127.0.0.1",
    "keepalive_ms": 10000,
    "max_body_bytes_in_flight": 268435456,
    "port": 4000,
    "shutdown_grace_ms": 10000,
    "workers": 1
  },
  "timeouts": {
    "connect_ms": 10000,
    "first_byte_ms": 120000,
    "idle_ms": 120000,
    "total_ms": 600000
  }
} as const;
