// generated from specs/ — do not edit (npm run gen)
// Plain JSON schema of "config" (as compiled into config.js). Renderer: scripts/gen/validators.ts.
/** The "config" JSON schema (annotations stripped). */
const schema: Record<string, unknown> = {
  "additionalProperties": false,
  "type": "object",
  "required": [
    "providers"
  ],
  "properties": {
    "server": {
      "additionalProperties": false,
      "type": "object",
      "properties": {
        "host": {
          "default": "127.0.0.1",
          "type": "string"
        },
        "port": {
          "minimum": 0,
          "maximum": 65535,
          "default": 4000,
          "type": "integer"
        },
        "anthropic_port": {
          "minimum": 0,
          "maximum": 65535,
          "type": "integer"
        },
        "body_limit_bytes": {
          "minimum": 1,
          "default": 33554432,
          "type": "integer"
        },
        "workers": {
          "default": 1,
          "anyOf": [
            {
              "minimum": 1,
              "maximum": 64,
              "type": "integer"
            },
            {
              "const": "auto",
              "type": "string"
            }
          ]
        },
        "auth": {
          "default": "required",
          "anyOf": [
            {
              "const": "required",
              "type": "string"
            },
            {
              "const": "optional",
              "type": "string"
            }
          ]
        },
        "anthropic_auth": {
          "anyOf": [
            {
              "const": "required",
              "type": "string"
            },
            {
              "const": "optional",
              "type": "string"
            }
          ]
        },
        "admin_key": {
          "minLength": 1,
          "type": "string"
        },
        "dashboard": {
          "default": false,
          "type": "boolean"
        },
        "shutdown_grace_ms": {
          "minimum": 0,
          "default": 10000,
          "type": "integer"
        },
        "keepalive_ms": {
          "minimum": 0,
          "default": 10000,
          "type": "integer"
        },
        "default_provider": {
          "type": "string"
        },
        "force_model": {
          "type": "string"
        },
        "max_body_bytes_in_flight": {
          "minimum": 1,
          "default": 268435456,
          "type": "integer"
        },
        "signature_key": {
          "minLength": 1,
          "type": "string"
        },
        "public_url": {
          "pattern": "^https?://[^?#]+$",
          "type": "string"
        }
      }
    },
    "providers": {
      "additionalProperties": false,
      "type": "object",
      "patternProperties": {
        "^[a-z0-9][a-z0-9_-]*$": {
          "additionalProperties": false,
          "type": "object",
          "required": [
            "type"
          ],
          "properties": {
            "type": {
              "anyOf": [
                {
                  "const": "anthropic",
                  "type": "string"
                },
                {
                  "const": "azure-openai",
                  "type": "string"
                },
                {
                  "const": "bedrock",
                  "type": "string"
                },
                {
                  "const": "deepseek",
                  "type": "string"
                },
                {
                  "const": "fireworks",
                  "type": "string"
                },
                {
                  "const": "foundry",
                  "type": "string"
                },
                {
                  "const": "gemini",
                  "type": "string"
                },
                {
                  "const": "groq",
                  "type": "string"
                },
                {
                  "const": "mistral",
                  "type": "string"
                },
                {
                  "const": "ollama",
                  "type": "string"
                },
                {
                  "const": "openai-compatible",
                  "type": "string"
                },
                {
                  "const": "openai",
                  "type": "string"
                },
                {
                  "const": "openrouter",
                  "type": "string"
                },
                {
                  "const": "together",
                  "type": "string"
                },
                {
                  "const": "vertex",
                  "type": "string"
                },
                {
                  "const": "vllm",
                  "type": "string"
                },
                {
                  "const": "xai",
                  "type": "string"
                }
              ]
            },
            "base_url": {
              "minLength": 1,
              "type": "string"
            },
            "api_key": {
              "type": "string"
            },
            "api_keys": {
              "type": "array",
              "items": {
                "minLength": 1,
                "type": "string"
              }
            },
            "caller_keys": {
              "default": "stored",
              "anyOf": [
                {
                  "const": "stored",
                  "type": "string"
                },
                {
                  "const": "passthrough",
                  "type": "string"
                }
              ]
            },
            "headers": {
              "type": "object",
              "patternProperties": {
                "^(.*)$": {
                  "type": "string"
                }
              }
            },
            "simulated": {
              "default": false,
              "type": "boolean"
            },
            "pricing": {
              "type": "object",
              "patternProperties": {
                "^(.*)$": {
                  "additionalProperties": false,
                  "type": "object",
                  "required": [
                    "input",
                    "output"
                  ],
                  "properties": {
                    "input": {
                      "minimum": 0,
                      "type": "number"
                    },
                    "output": {
                      "minimum": 0,
                      "type": "number"
                    },
                    "cache_read": {
                      "minimum": 0,
                      "type": "number"
                    },
                    "cache_write_5m": {
                      "minimum": 0,
                      "type": "number"
                    },
                    "cache_write_1h": {
                      "minimum": 0,
                      "type": "number"
                    },
                    "batch_discount": {
                      "minimum": 0,
                      "maximum": 1,
                      "type": "number"
                    },
                    "long_context": {
                      "additionalProperties": false,
                      "type": "object",
                      "required": [
                        "threshold_tokens",
                        "input",
                        "output"
                      ],
                      "properties": {
                        "threshold_tokens": {
                          "minimum": 1,
                          "type": "integer"
                        },
                        "input": {
                          "minimum": 0,
                          "type": "number"
                        },
                        "output": {
                          "minimum": 0,
                          "type": "number"
                        },
                        "cache_read": {
                          "minimum": 0,
                          "type": "number"
                        },
                        "cache_write_5m": {
                          "minimum": 0,
                          "type": "number"
                        },
                        "cache_write_1h": {
                          "minimum": 0,
                          "type": "number"
                        }
                      }
                    },
                    "source": {
                      "type": "string"
                    }
                  }
                }
              }
            },
            "price_multiplier": {
              "exclusiveMinimum": 0,
              "default": 1,
              "type": "number"
            },
            "access_token": {
              "minLength": 1,
              "type": "string"
            },
            "api_version": {
              "minLength": 1,
              "type": "string"
            },
            "aws_access_key_id": {
              "minLength": 1,
              "type": "string"
            },
            "aws_secret_access_key": {
              "minLength": 1,
              "type": "string"
            },
            "aws_session_token": {
              "minLength": 1,
              "type": "string"
            },
            "credentials_file": {
              "minLength": 1,
              "type": "string"
            },
            "entra_token": {
              "minLength": 1,
              "type": "string"
            },
            "key_header": {
              "minLength": 1,
              "type": "string"
            },
            "project": {
              "minLength": 1,
              "type": "string"
            },
            "region": {
              "minLength": 1,
              "type": "string"
            },
            "token_url": {
              "minLength": 1,
              "type": "string"
            }
          }
        }
      }
    },
    "models": {
      "type": "object",
      "patternProperties": {
        "^(.*)$": {
          "additionalProperties": false,
          "type": "object",
          "required": [
            "targets"
          ],
          "properties": {
            "targets": {
              "minItems": 1,
              "type": "array",
              "items": {
                "additionalProperties": false,
                "type": "object",
                "required": [
                  "provider",
                  "model"
                ],
                "properties": {
                  "provider": {
                    "minLength": 1,
                    "type": "string"
                  },
                  "model": {
                    "minLength": 1,
                    "type": "string"
                  },
                  "weight": {
                    "minimum": 0,
                    "default": 1,
                    "type": "number"
                  }
                }
              }
            },
            "strategy": {
              "anyOf": [
                {
                  "const": "single",
                  "type": "string"
                },
                {
                  "const": "failover",
                  "type": "string"
                },
                {
                  "const": "weighted",
                  "type": "string"
                }
              ]
            },
            "unsupported_params": {
              "default": "reject",
              "anyOf": [
                {
                  "const": "reject",
                  "type": "string"
                },
                {
                  "const": "drop",
                  "type": "string"
                },
                {
                  "const": "strict",
                  "type": "string"
                }
              ]
            },
            "max_tokens_default": {
              "minimum": 1,
              "type": "integer"
            }
          }
        }
      }
    },
    "callers": {
      "type": "array",
      "items": {
        "additionalProperties": false,
        "type": "object",
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "minLength": 1,
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "key_sha256": {
            "pattern": "^[0-9a-f]{64}$",
            "type": "string"
          },
          "models": {
            "default": [
              "*"
            ],
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "direct_provider_routing": {
            "default": false,
            "type": "boolean"
          },
          "metadata": {
            "type": "object",
            "patternProperties": {
              "^(.*)$": {
                "type": "string"
              }
            }
          },
          "limits": {
            "additionalProperties": false,
            "type": "object",
            "properties": {
              "rpm": {
                "minimum": 1,
                "type": "integer"
              },
              "tpm": {
                "minimum": 1,
                "type": "integer"
              },
              "concurrent_streams": {
                "minimum": 1,
                "type": "integer"
              },
              "usd_per_day": {
                "exclusiveMinimum": 0,
                "type": "number"
              },
              "usd_per_month": {
                "exclusiveMinimum": 0,
                "type": "number"
              }
            }
          }
        }
      }
    },
    "limits": {
      "additionalProperties": false,
      "type": "object",
      "properties": {
        "store": {
          "default": "memory",
          "type": "string"
        },
        "on_store_error": {
          "default": "open",
          "anyOf": [
            {
              "const": "open",
              "type": "string"
            },
            {
              "const": "closed",
              "type": "string"
            }
          ]
        },
        "store_timeout_ms": {
          "minimum": 1,
          "default": 100,
          "type": "integer"
        },
        "per_caller": {
          "additionalProperties": false,
          "type": "object",
          "properties": {
            "rpm": {
              "minimum": 1,
              "type": "integer"
            },
            "tpm": {
              "minimum": 1,
              "type": "integer"
            },
            "concurrent_streams": {
              "minimum": 1,
              "type": "integer"
            },
            "usd_per_day": {
              "exclusiveMinimum": 0,
              "type": "number"
            },
            "usd_per_month": {
              "exclusiveMinimum": 0,
              "type": "number"
            }
          }
        },
        "per_model": {
          "type": "object",
          "patternProperties": {
            "^(.*)$": {
              "additionalProperties": false,
              "type": "object",
              "properties": {
                "rpm": {
                  "minimum": 1,
                  "type": "integer"
                },
                "tpm": {
                  "minimum": 1,
                  "type": "integer"
                },
                "concurrent_streams": {
                  "minimum": 1,
                  "type": "integer"
                },
                "usd_per_day": {
                  "exclusiveMinimum": 0,
                  "type": "number"
                },
                "usd_per_month": {
                  "exclusiveMinimum": 0,
                  "type": "number"
                }
              }
            }
          }
        }
      }
    },
    "retry": {
      "additionalProperties": false,
      "type": "object",
      "properties": {
        "max_attempts": {
          "minimum": 1,
          "default": 3,
          "type": "integer"
        },
        "base_delay_ms": {
          "minimum": 0,
          "default": 200,
          "type": "integer"
        },
        "max_delay_ms": {
          "minimum": 0,
          "default": 5000,
          "type": "integer"
        },
        "budget_ms": {
          "minimum": 0,
          "default": 60000,
          "type": "integer"
        }
      }
    },
    "timeouts": {
      "additionalProperties": false,
      "type": "object",
      "properties": {
        "connect_ms": {
          "minimum": 0,
          "default": 10000,
          "type": "integer"
        },
        "first_byte_ms": {
          "minimum": 0,
          "default": 120000,
          "type": "integer"
        },
        "idle_ms": {
          "minimum": 0,
          "default": 120000,
          "type": "integer"
        },
        "total_ms": {
          "minimum": 0,
          "default": 600000,
          "type": "integer"
        }
      }
    },
    "circuit_breaker": {
      "additionalProperties": false,
      "type": "object",
      "properties": {
        "failure_threshold": {
          "minimum": 1,
          "default": 5,
          "type": "integer"
        },
        "failure_rate": {
          "minimum": 0,
          "maximum": 1,
          "default": 0.5,
          "type": "number"
        },
        "window_ms": {
          "minimum": 0,
          "default": 30000,
          "type": "integer"
        },
        "min_requests": {
          "minimum": 1,
          "default": 20,
          "type": "integer"
        },
        "cooldown_ms": {
          "minimum": 0,
          "default": 15000,
          "type": "integer"
        },
        "key_probe_ms": {
          "minimum": 0,
          "default": 60000,
          "type": "integer"
        }
      }
    },
    "logging": {
      "additionalProperties": false,
      "type": "object",
      "properties": {
        "level": {
          "default": "info",
          "anyOf": [
            {
              "const": "fatal",
              "type": "string"
            },
            {
              "const": "error",
              "type": "string"
            },
            {
              "const": "warn",
              "type": "string"
            },
            {
              "const": "info",
              "type": "string"
            },
            {
              "const": "debug",
              "type": "string"
            },
            {
              "const": "trace",
              "type": "string"
            },
            {
              "const": "silent",
              "type": "string"
            }
          ]
        },
        "usage_sink": {
          "default": "stdout",
          "type": "string"
        },
        "log_payloads": {
          "default": false,
          "type": "boolean"
        }
      }
    },
    "observability": {
      "additionalProperties": false,
      "type": "object",
      "properties": {
        "metrics": {
          "default": true,
          "type": "boolean"
        },
        "metrics_key": {
          "minLength": 1,
          "type": "string"
        },
        "otlp_endpoint": {
          "type": "string"
        }
      }
    }
  }
};
export default schema;
