/// The OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.json`.
///
/// Guarantees: `json` is one valid JSON object, an OpenAPI 3.1.0 document that passes
/// `openapi-spec-validator`; it lists every route `RecordRoutes` registers (each
/// `/api/v1` path with its method, plus `GET /attachments/{sha}`), the FIWARE export
/// `Open311Routes` adds, and this document itself, with the status codes the handlers
/// actually answer and the shared error shape `{"error": {"code", "message", "field"}}`.
/// Staff routes declare `basicAuth` or `cookieAuth` (`ioc_session`); public routes
/// declare `security: []`; the chat webhooks declare `webhookSignature`
/// (`X-IOC-Signature: sha256=<hex HMAC-SHA256 of the body>`). Open311 GeoReport v2 at
/// `/open311/v2` is only mentioned: it has its own specification. The text is kept in
/// step with the handlers by hand: change both together.
public enum OpenAPIDocument {
    public static let json: String = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "Đắk Lắk IOC — phản ánh hiện trường / field reports API",
        "version": "1.0.0",
        "description": "**Tiếng Việt.** API JSON của dịch vụ phản ánh hiện trường (trật tự đô thị) thuộc Trung tâm Giám sát, điều hành đô thị thông minh (IOC) tỉnh Đắk Lắk. Mỗi huyện chạy một nút (node) giữ hồ sơ của huyện mình; trung tâm tỉnh (hub) giữ mọi huyện và lọc bằng `?district=`. Cán bộ đăng nhập bằng HTTP Basic (tài khoản cán bộ) hoặc cookie phiên `ioc_session` của giao diện web; thiếu hoặc sai thì trả 401. Các đường dẫn công khai (danh mục, đơn vị, lịch, tra cứu theo mã, đánh giá, webhook có chữ ký, ảnh theo mã băm) không bao giờ trả thông tin liên hệ của người phản ánh. Mọi yêu cầu ghi được kiểm tra toàn bộ trước khi lưu: bị từ chối thì không có gì được ghi. Lỗi do các đường dẫn này trả luôn có dạng `{\"error\": {\"code\", \"message\", \"field\"}}`, thông điệp tiếng Việt trước, tiếng Anh sau (404 của máy chủ cho đường dẫn không có và lỗi 500 thì không). Thời điểm là mili giây Unix; ngày là `YYYY-MM-DD` theo giờ Việt Nam (UTC+07:00). Thân yêu cầu JSON tối đa 256 KiB (413 nếu lớn hơn); ảnh tối đa 3 MiB. Open311 GeoReport v2 được phục vụ tại `/open311/v2` (có đặc tả riêng); bản xuất FIWARE NGSI-v2 của một phản ánh ở `/api/v1/fiware/requests/{code}`.\n\n**English.** The JSON API of the field-report (urban order) service of Đắk Lắk province's Intelligent Operations Centre (IOC). Each district runs a node holding its own district's records; the provincial hub holds every district and filters with `?district=`. Staff authenticate with HTTP Basic (a staff account) or the web UI's `ioc_session` session cookie; missing or wrong credentials get 401. Public routes (categories, units, calendar, tracking by code, rating, signed webhooks, photos by hash) never return a reporter's contact details. Every write is validated whole before anything is stored: a refused request writes nothing. Errors these handlers answer always have the shape `{\"error\": {\"code\", \"message\", \"field\"}}`, messages in Vietnamese then English (the server's own 404 for an unknown path, and a 500, do not). Instants are Unix milliseconds; dates are `YYYY-MM-DD` in Vietnam time (UTC+07:00). JSON request bodies are limited to 256 KiB (413 beyond); photos to 3 MiB. Open311 GeoReport v2 is served at `/open311/v2` (described by its own specification); the FIWARE NGSI-v2 export of one request is at `/api/v1/fiware/requests/{code}`."
      },
      "servers": [
        {
          "url": "/",
          "description": "Nút huyện hoặc trung tâm tỉnh đang phục vụ tài liệu này / the district node or provincial hub serving this document."
        }
      ],
      "tags": [
        {
          "name": "reports",
          "description": "Phản ánh / reports (staff)."
        },
        {
          "name": "cases",
          "description": "Hồ sơ xử lý / cases and their workflow (staff)."
        },
        {
          "name": "statistics",
          "description": "Thống kê / the province's statistic (staff)."
        },
        {
          "name": "attachments",
          "description": "Ảnh / photos."
        },
        {
          "name": "reference",
          "description": "Dữ liệu dùng chung / reference data: categories, units, calendar (edited at the hub)."
        },
        {
          "name": "public",
          "description": "Công khai / public routes, no sign-in."
        },
        {
          "name": "webhooks",
          "description": "Kênh chat / signed chat-channel webhooks."
        },
        {
          "name": "interop",
          "description": "Liên thông / interoperability: FIWARE export (Open311 GeoReport v2 at `/open311/v2` has its own specification)."
        },
        {
          "name": "meta",
          "description": "Tài liệu / this document."
        }
      ],
      "security": [
        {
          "basicAuth": []
        },
        {
          "cookieAuth": []
        }
      ],
      "paths": {
        "/api/v1/reports": {
          "post": {
            "operationId": "createReport",
            "tags": [
              "reports"
            ],
            "summary": "File a report and open its case",
            "description": "Tiếp nhận phản ánh (cán bộ nhập từ đường dây nóng, tại chỗ, hoặc hệ thống khác) và mở hồ sơ, trong một giao dịch. / Takes a report (staff entry from the hotline, walk-in, or another system) and opens its case in one transaction. The case starts `received` with a provisional deadline (the category's working days from receipt), fixed at acceptance.",
            "security": [
              {
                "basicAuth": []
              },
              {
                "cookieAuth": []
              }
            ],
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/ReportIntake"
                  }
                }
              }
            },
            "responses": {
              "201": {
                "description": "Đã tiếp nhận / report and case created.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/IntakeReceipt"
                    },
                    "example": {
                      "id": "0190f2a4-7c1e-7a3b-9d2e-5f6a7b8c9d0e",
                      "case_id": "0190f2a4-7c1e-7b11-8c2d-3e4f5a6b7c8d",
                      "tracking_code": "651-7K3Q9MX",
                      "duplicate": false
                    }
                  }
                }
              },
              "200": {
                "description": "Tin lặp lại / a repeated (`channel`, `external_id`): the first receipt, `duplicate: true`; nothing written.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/IntakeReceipt"
                    }
                  }
                }
              },
              "400": {
                "$ref": "#/components/responses/BadRequest"
              },
              "401": {
                "$ref": "#/components/responses/Unauthorized"
              },
              "413": {
                "$ref": "#/components/responses/ContentTooLarge"
              },
              "503": {
                "$ref": "#/components/responses/StorageUnavailable"
              }
            }
          },
          "get": {
            "operationId": "listReports",
            "tags": [
              "reports"
            ],
            "summary": "List reports (stored documents)",
            "description": "Danh sách phản ánh, mới nhất trước / reports, newest first, as stored (reporter contact included).",
            "security": [
              {
                "basicAuth": []
              },
              {
                "cookieAuth": []
              }
            ],
            "parameters": [
              {
                "$ref": "#/components/parameters/Limit"
              },
              {
                "$ref": "#/components/parameters/Offset"
              },
              {
                "$ref": "#/components/parameters/DistrictFilter"
              },
              {
                "$ref": "#/components/parameters/Conflicted"
              }
            ],
            "responses": {
              "200": {
                "description": "Một trang / one page.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/ReportList"
                    }
                  }
                }
              },
              "400": {
                "description": "`limit` không trong 1–1000 hoặc `offset` < 0 / `limit` outside 1…1000 or `offset` < 0 (`invalid_input`, no `field`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "401": {
                "$ref": "#/components/responses/Unauthorized"
              },
              "503": {
                "$ref": "#/components/responses/StorageUnavailable"
              }
            }
          }
        },
        "/api/v1/reports/{id}": {
          "get": {
            "operationId": "getReport",
            "tags": [
              "reports"
            ],
            "summary": "Read one report (stored document)",
            "security": [
              {
                "basicAuth": []
              },
              {
                "cookieAuth": []
              }
            ],
            "parameters": [
              {
                "$ref": "#/components/parameters/ReportID"
              }
            ],
            "responses": {
              "200": {
                "description": "Phản ánh / the report.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/ReportDocument"
                    }
                  }
                }
              },
              "400": {
                "$ref": "#/components/responses/BadID"
              },
              "401": {
                "$ref": "#/components/responses/Unauthorized"
              },
              "404": {
                "description": "Không có phản ánh này / no report with this id (`not_found`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "503": {
                "$ref": "#/components/responses/StorageUnavailable"
              }
            }
          }
        },
        "/api/v1/cases": {
          "get": {
            "operationId": "listCases",
            "tags": [
              "cases"
            ],
            "summary": "List cases (inbox)",
            "description": "Hộp thư hồ sơ / the inbox: open cases first, soonest deadline first, with per-status counts.",
            "security": [
              {
                "basicAuth": []
              },
              {
                "cookieAuth": []
              }
            ],
            "parameters": [
              {
                "$ref": "#/components/parameters/Limit"
              },
              {
                "$ref": "#/components/parameters/Offset"
              },
              {
                "$ref": "#/components/parameters/DistrictFilter"
              },
              {
                "name": "status",
                "in": "query",
                "required": false,
                "description": "Chỉ trạng thái này / only this status; another value: 400 `field: \"status\"`.",
                "schema": {
                  "$ref": "#/components/schemas/CaseStatus"
                }
              },
              {
                "name": "q",
                "in": "query",
                "required": false,
                "description": "Tìm kiếm / full-text search over tracking code, description, address, category and reporter, with or without Vietnamese diacritics (prefix match per word).",
                "schema": {
                  "type": "string"
                },
                "examples": {
                  "sidewalk": {
                    "value": "via he"
                  }
                }
              },
              {
                "$ref": "#/components/parameters/Conflicted"
              }
            ],
            "responses": {
              "200": {
                "description": "Một trang / one page.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/CaseList"
                    }
                  }
                }
              },
              "400": {
                "description": "`status` không hợp lệ (`field: \"status\"`) hoặc phân trang sai / unknown `status`, or `limit`/`offset` out of range (`invalid_input`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "401": {
                "$ref": "#/components/responses/Unauthorized"
              },
              "503": {
                "$ref": "#/components/responses/StorageUnavailable"
              }
            }
          }
        },
        "/api/v1/cases/{id}": {
          "get": {
            "operationId": "getCaseDocument",
            "tags": [
              "cases"
            ],
            "summary": "Read one case (stored document)",
            "description": "Hồ sơ như lưu trữ / the case's stored document, with raw conflicts and history. For the assembled view use `/record`.",
            "security": [
              {
                "basicAuth": []
              },
              {
                "cookieAuth": []
              }
            ],
            "parameters": [
              {
                "$ref": "#/components/parameters/CaseID"
              }
            ],
            "responses": {
              "200": {
                "description": "Hồ sơ / the case document.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/CaseDocument"
                    }
                  }
                }
              },
              "400": {
                "$ref": "#/components/responses/BadID"
              },
              "401": {
                "$ref": "#/components/responses/Unauthorized"
              },
              "404": {
                "description": "Không có hồ sơ này / no case with this id (`not_found`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "503": {
                "$ref": "#/components/responses/StorageUnavailable"
              }
            }
          },
          "patch": {
            "operationId": "patchCase",
            "tags": [
              "cases"
            ],
            "summary": "Edit case fields directly",
            "description": "Sửa trực tiếp trạng thái, đơn vị, mức ưu tiên, ghi chú hoặc thêm bình luận / sets status, assigned unit, priority or note, or appends a comment. Answers the stored document, like `GET /api/v1/cases/{id}` (not the `CaseRecord` that actions answer).",
            "security": [
              {
                "basicAuth": []
              },
              {
                "cookieAuth": []
              }
            ],
            "parameters": [
              {
                "$ref": "#/components/parameters/CaseID"
              }
            ],
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/CasePatch"
                  }
                }
              }
            },
            "responses": {
              "200": {
                "description": "Đã sửa / the case document after the edit.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/CaseDocument"
                    }
                  }
                }
              },
              "400": {
                "$ref": "#/components/responses/BadRequest"
              },
              "401": {
                "$ref": "#/components/responses/Unauthorized"
              },
              "403": {
                "$ref": "#/components/responses/OutOfScope"
              },
              "404": {
                "description": "Không có hồ sơ này / no case with this id (`not_found`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "413": {
                "$ref": "#/components/responses/ContentTooLarge"
              },
              "503": {
                "$ref": "#/components/responses/StorageUnavailable"
              }
            }
          }
        },
        "/api/v1/cases/{id}/record": {
          "get": {
            "operationId": "getCaseRecord",
            "tags": [
              "cases"
            ],
            "summary": "Read one case with its report (staff view)",
            "security": [
              {
                "basicAuth": []
              },
              {
                "cookieAuth": []
              }
            ],
            "parameters": [
              {
                "$ref": "#/components/parameters/CaseID"
              }
            ],
            "responses": {
              "200": {
                "description": "Hồ sơ đầy đủ / the case with its report and timeline.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/CaseRecord"
                    }
                  }
                }
              },
              "400": {
                "$ref": "#/components/responses/BadID"
              },
              "401": {
                "$ref": "#/components/responses/Unauthorized"
              },
              "404": {
                "description": "Không tìm thấy hồ sơ / no case with this id (`not_found`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "503": {
                "$ref": "#/components/responses/StorageUnavailable"
              }
            }
          }
        },
        "/api/v1/cases/{id}/actions": {
          "post": {
            "operationId": "performCaseAction",
            "tags": [
              "cases"
            ],
            "summary": "Perform a workflow action on a case",
            "description": "Thực hiện một bước xử lý / performs one workflow action (see `CaseAction`), checked against the case's current status, its required input and the reference data, and refused whole if anything is wrong. A node may act only on its own district's cases; the hub on any.",
            "security": [
              {
                "basicAuth": []
              },
              {
                "cookieAuth": []
              }
            ],
            "parameters": [
              {
                "$ref": "#/components/parameters/CaseID"
              }
            ],
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/CaseAction"
                  }
                }
              }
            },
            "responses": {
              "200": {
                "description": "Đã thực hiện / the case after the action.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/CaseRecord"
                    }
                  }
                }
              },
              "400": {
                "$ref": "#/components/responses/BadRequest"
              },
              "401": {
                "$ref": "#/components/responses/Unauthorized"
              },
              "403": {
                "$ref": "#/components/responses/OutOfScope"
              },
              "404": {
                "description": "Không có hồ sơ này / no case with this id (`not_found`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "409": {
                "description": "Trạng thái hiện tại không cho phép / the action is not allowed from the case's current status (`conflict`, `field: \"action\"`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "413": {
                "$ref": "#/components/responses/ContentTooLarge"
              },
              "503": {
                "$ref": "#/components/responses/StorageUnavailable"
              }
            }
          }
        },
        "/api/v1/stats": {
          "get": {
            "operationId": "getStatistics",
            "tags": [
              "statistics"
            ],
            "summary": "Province statistic of cases received in a period",
            "description": "Thống kê theo mẫu của tỉnh / the province's statistic over this site's cases (a node: its district; the hub: all), cases received in [`from`, `to`] (Vietnam dates, inclusive; either may be left out), optionally filtered, grouped by one dimension. Unknown filter values give zero rows, not an error.",
            "security": [
              {
                "basicAuth": []
              },
              {
                "cookieAuth": []
              }
            ],
            "parameters": [
              {
                "name": "from",
                "in": "query",
                "required": false,
                "description": "Từ ngày / first day (YYYY-MM-DD); malformed or after `to`: 400 `field: \"from\"`.",
                "schema": {
                  "$ref": "#/components/schemas/CivilDate"
                }
              },
              {
                "name": "to",
                "in": "query",
                "required": false,
                "description": "Đến ngày / last day (YYYY-MM-DD); malformed: 400 `field: \"to\"`.",
                "schema": {
                  "$ref": "#/components/schemas/CivilDate"
                }
              },
              {
                "name": "district",
                "in": "query",
                "required": false,
                "description": "Chỉ huyện / only this district's code (not a slug).",
                "schema": {
                  "type": "string",
                  "examples": [
                    "651"
                  ]
                }
              },
              {
                "name": "unit",
                "in": "query",
                "required": false,
                "description": "Chỉ đơn vị / only this handling unit's code.",
                "schema": {
                  "type": "string"
                }
              },
              {
                "name": "category",
                "in": "query",
                "required": false,
                "description": "Chỉ lĩnh vực / only this category's code.",
                "schema": {
                  "type": "string",
                  "examples": [
                    "xa-rac"
                  ]
                }
              },
              {
                "name": "group",
                "in": "query",
                "required": false,
                "description": "Nhóm theo / group by; another value: 400 `field: \"group\"`.",
                "schema": {
                  "type": "string",
                  "enum": [
                    "district",
                    "unit",
                    "category",
                    "month",
                    "none"
                  ],
                  "default": "none"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Thống kê / the statistic.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/StatisticsResponse"
                    }
                  }
                }
              },
              "400": {
                "description": "Ngày hoặc nhóm không hợp lệ / malformed `from`/`to`, `from` after `to`, or unknown `group` (`invalid_input`, `field` names it).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "401": {
                "$ref": "#/components/responses/Unauthorized"
              },
              "503": {
                "$ref": "#/components/responses/StorageUnavailable"
              }
            }
          }
        },
        "/api/v1/attachments": {
          "post": {
            "operationId": "uploadAttachment",
            "tags": [
              "attachments"
            ],
            "summary": "Upload a photo",
            "description": "Tải ảnh lên trước khi gửi phản ánh / uploads a photo before the report or action that names it. The body is the raw image; JPEG, PNG and WebP up to 3 MiB are accepted, recognised by content (`Content-Type` is not trusted). Stored once per content (deduplicated); at a node, queued for the hub.",
            "security": [
              {
                "basicAuth": []
              },
              {
                "cookieAuth": []
              }
            ],
            "requestBody": {
              "required": true,
              "content": {
                "image/jpeg": {
                  "schema": {
                    "type": "string",
                    "contentMediaType": "image/jpeg"
                  }
                },
                "image/png": {
                  "schema": {
                    "type": "string",
                    "contentMediaType": "image/png"
                  }
                },
                "image/webp": {
                  "schema": {
                    "type": "string",
                    "contentMediaType": "image/webp"
                  }
                },
                "application/octet-stream": {
                  "schema": {
                    "type": "string",
                    "contentMediaType": "application/octet-stream"
                  }
                }
              }
            },
            "responses": {
              "201": {
                "description": "Ảnh mới / stored now.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Attachment"
                    }
                  }
                }
              },
              "200": {
                "description": "Đã có / these bytes were already stored.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Attachment"
                    }
                  }
                }
              },
              "400": {
                "description": "Ảnh trống hoặc không phải JPEG/PNG/WebP / empty, or not a JPEG, PNG or WebP (`invalid_attachment`, `field: \"photo\"`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "401": {
                "$ref": "#/components/responses/Unauthorized"
              },
              "413": {
                "description": "Ảnh quá 3 MiB / photo larger than the store's limit, 3 MiB by default (`too_large`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "507": {
                "description": "Không lưu được ảnh / the photo store failed, e.g. a full disk (`invalid_attachment`, `field: \"photo\"`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              }
            }
          }
        },
        "/api/v1/categories/{code}": {
          "put": {
            "operationId": "putCategory",
            "tags": [
              "reference"
            ],
            "summary": "Create or replace a category (hub only)",
            "description": "Tạo hoặc sửa lĩnh vực; chỉ ở trung tâm tỉnh, các nút nhận qua đồng bộ / creates or replaces a category; at the hub only, nodes receive it by sync. Deactivate with `active: false` (there is no delete).",
            "security": [
              {
                "basicAuth": []
              },
              {
                "cookieAuth": []
              }
            ],
            "parameters": [
              {
                "name": "code",
                "in": "path",
                "required": true,
                "description": "Mã lĩnh vực / the category code; malformed: 400 `field: \"code\"`.",
                "schema": {
                  "$ref": "#/components/schemas/CategoryCode"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/CategoryInput"
                  }
                }
              }
            },
            "responses": {
              "200": {
                "description": "Đã lưu / the category as stored (created or replaced).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Category"
                    }
                  }
                }
              },
              "400": {
                "description": "Dữ liệu không hợp lệ / invalid input (`invalid_input`): `code`, `name_vi` (also for a missing `name_en`), `units`, `deadline_days`, `attributes` or `body`.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "401": {
                "$ref": "#/components/responses/Unauthorized"
              },
              "403": {
                "$ref": "#/components/responses/HubOnly"
              },
              "413": {
                "$ref": "#/components/responses/ContentTooLarge"
              },
              "503": {
                "$ref": "#/components/responses/StorageUnavailable"
              }
            }
          }
        },
        "/api/v1/calendar/{date}": {
          "put": {
            "operationId": "putCalendarDay",
            "tags": [
              "reference"
            ],
            "summary": "Announce a day off or a working day (hub only)",
            "description": "Công bố ngày nghỉ hoặc ngày làm bù; chỉ ở trung tâm tỉnh / announces a day off or a working day (a swap); at the hub only. Deadlines count working days with it.",
            "security": [
              {
                "basicAuth": []
              },
              {
                "cookieAuth": []
              }
            ],
            "parameters": [
              {
                "name": "date",
                "in": "path",
                "required": true,
                "description": "YYYY-MM-DD; malformed: 400 `field: \"date\"`.",
                "schema": {
                  "$ref": "#/components/schemas/CivilDate"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/CalendarDayInput"
                  },
                  "example": {
                    "kind": "off",
                    "name": "Nghỉ hoán đổi dịp 30/4–1/5/2025"
                  }
                }
              }
            },
            "responses": {
              "200": {
                "description": "Đã lưu / the day as stored.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/CalendarDay"
                    }
                  }
                }
              },
              "400": {
                "description": "Ngày hoặc loại không hợp lệ / malformed `date`, `kind` not `off`/`working`, or a body that is not a JSON object (`invalid_input`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "401": {
                "$ref": "#/components/responses/Unauthorized"
              },
              "403": {
                "$ref": "#/components/responses/HubOnly"
              },
              "413": {
                "$ref": "#/components/responses/ContentTooLarge"
              },
              "503": {
                "$ref": "#/components/responses/StorageUnavailable"
              }
            }
          }
        },
        "/api/v1/digest": {
          "get": {
            "operationId": "getDigest",
            "tags": [
              "public"
            ],
            "summary": "Fingerprint of the replica's state",
            "description": "Dấu vân tay để so sánh hai nơi đã hội tụ chưa / a fingerprint to check whether two sites converged. Public; no record content.",
            "security": [],
            "parameters": [
              {
                "name": "district",
                "in": "query",
                "required": false,
                "description": "Chỉ huyện này và dữ liệu dùng chung / only this district's scope and `province`.",
                "schema": {
                  "type": "string"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Dấu vân tay / the digest.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Digest"
                    }
                  }
                }
              },
              "503": {
                "$ref": "#/components/responses/StorageUnavailable"
              }
            }
          }
        },
        "/api/v1/categories": {
          "get": {
            "operationId": "listCategories",
            "tags": [
              "public",
              "reference"
            ],
            "summary": "List active report categories",
            "description": "Các lĩnh vực đang nhận phản ánh / the active categories, `khac` (other) last.",
            "security": [],
            "responses": {
              "200": {
                "description": "Danh mục / the categories.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/CategoryList"
                    }
                  }
                }
              },
              "503": {
                "$ref": "#/components/responses/StorageUnavailable"
              }
            }
          }
        },
        "/api/v1/units": {
          "get": {
            "operationId": "listUnits",
            "tags": [
              "public",
              "reference"
            ],
            "summary": "List handling units",
            "security": [],
            "responses": {
              "200": {
                "description": "Đơn vị / the units, by code.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/UnitList"
                    }
                  }
                }
              },
              "503": {
                "$ref": "#/components/responses/StorageUnavailable"
              }
            }
          }
        },
        "/api/v1/calendar": {
          "get": {
            "operationId": "getCalendar",
            "tags": [
              "public",
              "reference"
            ],
            "summary": "Holidays and announced days of a year",
            "description": "Ngày lễ theo luật và ngày công bố của một năm / a year's statutory holidays and announced days off or working days.",
            "security": [],
            "parameters": [
              {
                "name": "year",
                "in": "query",
                "required": false,
                "description": "Năm / year, 1900–2199 (400 `field: \"year\"` outside); default the current year in Vietnam (also for a value that is not an integer).",
                "schema": {
                  "type": "integer",
                  "minimum": 1900,
                  "maximum": 2199
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Lịch / the calendar.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/CalendarYear"
                    }
                  }
                }
              },
              "400": {
                "description": "Năm không hợp lệ / year outside 1900–2199 (`invalid_input`, `field: \"year\"`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "503": {
                "$ref": "#/components/responses/StorageUnavailable"
              }
            }
          }
        },
        "/api/v1/track/{code}": {
          "get": {
            "operationId": "trackReport",
            "tags": [
              "public"
            ],
            "summary": "Follow a report by its tracking code",
            "description": "Người dân tra cứu phản ánh bằng mã / a citizen follows a report by its tracking code. Never shows the reporter's contact, staff comments or staff names.",
            "security": [],
            "parameters": [
              {
                "$ref": "#/components/parameters/TrackingCodePath"
              }
            ],
            "responses": {
              "200": {
                "description": "Phản ánh / the case, citizen view.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/PublicCaseRecord"
                    }
                  }
                }
              },
              "404": {
                "description": "Không tìm thấy mã tra cứu / no report with this tracking code (`not_found`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "503": {
                "$ref": "#/components/responses/StorageUnavailable"
              }
            }
          }
        },
        "/api/v1/track/{code}/rating": {
          "post": {
            "operationId": "rateReport",
            "tags": [
              "public"
            ],
            "summary": "Rate how a resolved report was handled",
            "description": "Người dân đánh giá (1–5 sao) khi phản ánh đã xử lý xong / a citizen rates a resolved or closed report, 1–5 stars with an optional comment; a new rating replaces the previous one. The tracking code is the only credential.",
            "security": [],
            "parameters": [
              {
                "$ref": "#/components/parameters/TrackingCodePath"
              }
            ],
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/RatingInput"
                  }
                }
              }
            },
            "responses": {
              "200": {
                "description": "Đã ghi nhận / rating recorded.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/RatingReceipt"
                    }
                  }
                }
              },
              "400": {
                "description": "Thiếu hoặc sai số sao, nhận xét quá dài / `rating` missing or not 1–5, `comment` over 1000 characters, or a body that is not a JSON object (`invalid_input`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "403": {
                "description": "Hồ sơ đã chuyển huyện khác / the case was transferred to another district and is read-only at this node (`out_of_scope`): rate it where it is now.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "404": {
                "description": "Không tìm thấy mã / no report with this tracking code (`not_found`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "409": {
                "description": "Chưa xử lý xong / the report is not resolved or closed yet (`conflict`, `field: \"rating\"`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "413": {
                "$ref": "#/components/responses/ContentTooLarge"
              },
              "503": {
                "$ref": "#/components/responses/StorageUnavailable"
              }
            }
          }
        },
        "/api/v1/webhooks/{channel}": {
          "post": {
            "operationId": "receiveChatMessage",
            "tags": [
              "webhooks"
            ],
            "summary": "Receive a citizen's message from a chat channel",
            "description": "Nhận tin của người dân từ Zalo hoặc Facebook qua bộ chuyển tiếp / takes a citizen's message from the Zalo or Facebook relay, signed with the site's shared secret: `X-IOC-Signature: sha256=<hex HMAC-SHA-256 of the raw body>`. A repeated `message_id` returns the first receipt.",
            "security": [
              {
                "webhookSignature": []
              }
            ],
            "parameters": [
              {
                "name": "channel",
                "in": "path",
                "required": true,
                "description": "Kênh / the channel; another value: 404.",
                "schema": {
                  "type": "string",
                  "enum": [
                    "zalo",
                    "facebook"
                  ]
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/WebhookMessage"
                  }
                }
              }
            },
            "responses": {
              "201": {
                "description": "Đã tiếp nhận / report and case created.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/WebhookReceipt"
                    }
                  }
                }
              },
              "200": {
                "description": "Tin lặp lại / a repeated `message_id`: the first receipt, `duplicate: true`.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/WebhookReceipt"
                    }
                  }
                }
              },
              "400": {
                "$ref": "#/components/responses/BadRequest"
              },
              "401": {
                "description": "Chữ ký sai hoặc thiếu / missing or wrong `X-IOC-Signature` (`bad_signature`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "404": {
                "description": "Kênh không hỗ trợ / unknown channel (`not_found`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "413": {
                "$ref": "#/components/responses/ContentTooLarge"
              },
              "503": {
                "description": "Chưa cấu hình khóa webhook (`webhooks_off`) hoặc lỗi lưu trữ (`storage`) / webhooks are not configured on this site (`--webhook-secret`), or storage failed.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              }
            }
          }
        },
        "/api/v1/fiware/requests/{code}": {
          "get": {
            "operationId": "exportFiwareServiceRequest",
            "tags": [
              "interop",
              "public"
            ],
            "summary": "Export a report as a FIWARE Open311ServiceRequest entity",
            "description": "Xuất phản ánh dạng thực thể FIWARE NGSI-v2 (key-values) / one report as a FIWARE Smart Data Models `Open311ServiceRequest` entity in NGSI-v2 key-values, found by its tracking code (the Open311 `service_request_id`). Registered by `Open311Routes`, next to Open311 GeoReport v2 at `/open311/v2` (see its own specification).",
            "security": [],
            "parameters": [
              {
                "$ref": "#/components/parameters/TrackingCodePath"
              }
            ],
            "responses": {
              "200": {
                "description": "Thực thể / the entity.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/FiwareServiceRequest"
                    }
                  }
                }
              },
              "404": {
                "description": "Không tìm thấy mã tra cứu / no request with this code (`not_found`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "500": {
                "description": "Lỗi lưu trữ / storage failed (the server's plain 500, not the JSON error shape)."
              }
            }
          }
        },
        "/api/v1/openapi.json": {
          "get": {
            "operationId": "getOpenAPIDocument",
            "tags": [
              "meta"
            ],
            "summary": "This OpenAPI document",
            "description": "Tài liệu này / this OpenAPI 3.1 document (`OpenAPIDocument.json`).",
            "security": [],
            "responses": {
              "200": {
                "description": "The OpenAPI document.",
                "content": {
                  "application/json": {
                    "schema": {
                      "type": "object",
                      "required": [
                        "openapi",
                        "info",
                        "paths"
                      ]
                    }
                  }
                }
              }
            }
          }
        },
        "/attachments/{sha}": {
          "get": {
            "operationId": "getAttachment",
            "tags": [
              "attachments",
              "public"
            ],
            "summary": "Fetch a photo by its SHA-256",
            "description": "Ảnh theo mã băm / a photo by its content hash. Public: knowing the hash is the capability. A node may not hold a photo filed elsewhere yet (404 until it syncs).",
            "security": [],
            "parameters": [
              {
                "name": "sha",
                "in": "path",
                "required": true,
                "description": "SHA-256, 64 hex characters (case-insensitive); malformed: 400 `field: \"sha256\"`.",
                "schema": {
                  "$ref": "#/components/schemas/Sha256"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "Ảnh / the photo's bytes.",
                "headers": {
                  "Cache-Control": {
                    "description": "`private, max-age=31536000, immutable`.",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "image/jpeg": {
                    "schema": {
                      "type": "string",
                      "contentMediaType": "image/jpeg"
                    }
                  },
                  "image/png": {
                    "schema": {
                      "type": "string",
                      "contentMediaType": "image/png"
                    }
                  },
                  "image/webp": {
                    "schema": {
                      "type": "string",
                      "contentMediaType": "image/webp"
                    }
                  }
                }
              },
              "400": {
                "description": "Mã băm không hợp lệ / not a SHA-256 hex digest (`invalid_input`, `field: \"sha256\"`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "404": {
                "description": "Ảnh chưa có ở đây (có thể đang đồng bộ) / photo not here (yet) (`not_found`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "components": {
        "securitySchemes": {
          "basicAuth": {
            "type": "http",
            "scheme": "basic",
            "description": "Tài khoản cán bộ của site / a staff account of this site (`StaffDirectory`). Verified credentials are remembered (as a hash) for 5 minutes. A 401 carries `WWW-Authenticate: Basic realm=\"ioc\", charset=\"UTF-8\"`."
          },
          "cookieAuth": {
            "type": "apiKey",
            "in": "cookie",
            "name": "ioc_session",
            "description": "Phiên đăng nhập của giao diện web / the web UI's session cookie, set by `POST /ui/login`: `<user>~<expiry>~<hex HMAC-SHA-256>`, signed with a per-site secret, valid 12 hours. Checked before HTTP Basic."
          },
          "webhookSignature": {
            "type": "apiKey",
            "in": "header",
            "name": "X-IOC-Signature",
            "description": "`sha256=<hex HMAC-SHA-256 of the raw request body>`, keyed with the site's shared webhook secret (`--webhook-secret`). Only for `POST /api/v1/webhooks/{channel}`."
          }
        },
        "parameters": {
          "CaseID": {
            "name": "id",
            "in": "path",
            "required": true,
            "description": "Mã hồ sơ (UUID) / the case id (UUID, canonical 8-4-4-4-12 form, case-insensitive). Anything else answers 400 with `field: \"id\"`.",
            "schema": {
              "type": "string",
              "format": "uuid",
              "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
            }
          },
          "ReportID": {
            "name": "id",
            "in": "path",
            "required": true,
            "description": "Mã phản ánh (UUID) / the report id (UUID). Anything else answers 400 with `field: \"id\"`.",
            "schema": {
              "type": "string",
              "format": "uuid",
              "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
            }
          },
          "TrackingCodePath": {
            "name": "code",
            "in": "path",
            "required": true,
            "description": "Mã tra cứu / the citizen's tracking code, e.g. `651-7K3Q9MX`. Read case-insensitively, with surrounding spaces trimmed and `O` read as `0`, `I`/`L` as `1`. A code that is malformed or unknown answers 404.",
            "schema": {
              "type": "string",
              "maxLength": 64,
              "examples": [
                "651-7K3Q9MX"
              ]
            }
          },
          "Limit": {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "Số dòng tối đa / page size, 1–1000. Out of range: 400. (A value that is not an integer is ignored and the default used.)",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "default": 50
            }
          },
          "Offset": {
            "name": "offset",
            "in": "query",
            "required": false,
            "description": "Bỏ qua bao nhiêu dòng / rows to skip, ≥ 0. Negative: 400. (A value that is not an integer is ignored and 0 used.)",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "default": 0
            }
          },
          "DistrictFilter": {
            "name": "district",
            "in": "query",
            "required": false,
            "description": "Chỉ huyện này / only this district (GSO code, e.g. `651`; the record's scope). Useful at the hub; a node holds only its own district.",
            "schema": {
              "type": "string",
              "examples": [
                "651"
              ]
            }
          },
          "Conflicted": {
            "name": "conflicted",
            "in": "query",
            "required": false,
            "description": "`true`: chỉ các bản ghi có giá trị xung đột / only records with concurrent (conflicting) field values. Any other value: no filter.",
            "schema": {
              "type": "string",
              "enum": [
                "true",
                "false"
              ]
            }
          }
        },
        "responses": {
          "BadRequest": {
            "description": "Dữ liệu không hợp lệ / invalid input (`invalid_input`); `field` names the input at fault when one is.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "BadID": {
            "description": "`id` không phải UUID / `id` is not a UUID (`invalid_input`, `field: \"id\"`).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "Unauthorized": {
            "description": "Cần đăng nhập cán bộ / staff sign-in required (`unauthenticated`): no valid session cookie and no valid HTTP Basic credentials.",
            "headers": {
              "WWW-Authenticate": {
                "description": "Always `Basic realm=\"ioc\", charset=\"UTF-8\"`.",
                "schema": {
                  "type": "string",
                  "examples": [
                    "Basic realm=\"ioc\", charset=\"UTF-8\""
                  ]
                }
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "NotFound": {
            "description": "Không tìm thấy / not found (`not_found`).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "OutOfScope": {
            "description": "Hồ sơ đã chuyển sang huyện khác, ở đây chỉ xem / the case was transferred to another district and is read-only at this node (`out_of_scope`).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "HubOnly": {
            "description": "Dữ liệu dùng chung chỉ sửa ở trung tâm tỉnh / reference data is edited at the provincial hub only (`hub_only`); every node answers 403.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "ContentTooLarge": {
            "description": "Thân yêu cầu quá 256 KiB / request body larger than 262144 bytes (`too_large`).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "StorageUnavailable": {
            "description": "Lỗi lưu trữ / the replica's storage failed (`storage`); retry later.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          }
        },
        "schemas": {
          "Error": {
            "type": "object",
            "description": "Mọi lỗi của API / every error this API answers with.",
            "required": [
              "error"
            ],
            "additionalProperties": false,
            "properties": {
              "error": {
                "type": "object",
                "required": [
                  "code",
                  "message"
                ],
                "additionalProperties": false,
                "properties": {
                  "code": {
                    "type": "string",
                    "description": "Machine-readable kind. `invalid_input` (400), `unauthenticated` (401), `bad_signature` (401, webhooks), `out_of_scope` (403), `hub_only` (403), `not_found` (404), `conflict` (409), `too_large` (413), `storage` (503), `webhooks_off` (503), `invalid_attachment` (400, or 507 when the photo store fails).",
                    "examples": [
                      "invalid_input",
                      "unauthenticated",
                      "bad_signature",
                      "out_of_scope",
                      "hub_only",
                      "not_found",
                      "conflict",
                      "too_large",
                      "storage",
                      "webhooks_off",
                      "invalid_attachment"
                    ]
                  },
                  "message": {
                    "type": "string",
                    "description": "Cho cán bộ / for people: Vietnamese first, then English, separated by ` / `.",
                    "examples": [
                      "Vị trí nằm ngoài tỉnh Đắk Lắk / location (21.03, 105.85) is outside Đắk Lắk province"
                    ]
                  },
                  "field": {
                    "type": "string",
                    "description": "The input at fault, when one is: a body field (`category`, `location`, `reporter.phone`, `attributes.<code>`, `body` for an empty or malformed body), a query parameter (`from`, `status`, `year`…) or a path parameter (`id`, `date`, `code`).",
                    "examples": [
                      "location"
                    ]
                  }
                }
              }
            },
            "examples": [
              {
                "error": {
                  "code": "invalid_input",
                  "message": "Vị trí nằm ngoài tỉnh Đắk Lắk / location (21.03, 105.85) is outside Đắk Lắk province",
                  "field": "location"
                }
              }
            ]
          },
          "UUID": {
            "type": "string",
            "format": "uuid",
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "examples": [
              "0190f2a4-7c1e-7a3b-9d2e-5f6a7b8c9d0e"
            ]
          },
          "TrackingCode": {
            "type": "string",
            "description": "Mã tra cứu / public tracking code: the district's 3-digit GSO code, `-`, and 7 characters of Crockford base-32 (no I, L, O, U).",
            "pattern": "^[0-9]{3}-[0-9A-HJKMNP-TV-Z]{7}$",
            "examples": [
              "651-7K3Q9MX"
            ]
          },
          "CategoryCode": {
            "type": "string",
            "description": "Mã lĩnh vực / category code (also the Open311 `service_code`): 2–64 of `a–z`, `0–9`, `-`.",
            "pattern": "^[a-z0-9-]{2,64}$",
            "minLength": 2,
            "maxLength": 64,
            "examples": [
              "lan-chiem-long-le-duong",
              "xa-rac",
              "khac"
            ]
          },
          "Sha256": {
            "type": "string",
            "description": "SHA-256 của ảnh / a photo's SHA-256, 64 hex characters (answered in lower case).",
            "pattern": "^[0-9a-fA-F]{64}$",
            "examples": [
              "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
            ]
          },
          "CivilDate": {
            "type": "string",
            "format": "date",
            "description": "YYYY-MM-DD (Vietnam).",
            "examples": [
              "2025-05-02"
            ]
          },
          "UnixMillis": {
            "type": "integer",
            "format": "int64",
            "description": "Mili giây Unix / Unix time in milliseconds.",
            "examples": [
              1746172800000
            ]
          },
          "DistrictCode": {
            "type": "string",
            "description": "Mã huyện (GSO) / district GSO code, or `province` for reference data.",
            "examples": [
              "651"
            ]
          },
          "Channel": {
            "type": "string",
            "description": "Kênh tiếp nhận / the channel a report came through.",
            "enum": [
              "web",
              "hotline",
              "walk_in",
              "zalo",
              "facebook",
              "open311",
              "api"
            ]
          },
          "CaseStatus": {
            "type": "string",
            "description": "Trạng thái hồ sơ / case status. `received` Mới tiếp nhận, `accepted` Đã chấp nhận, `assigned` Đã giao xử lý, `in_progress` Đang xử lý, `resolved` Đã xử lý xong, `closed` Đã đóng, `ineligible` Không đủ điều kiện.",
            "enum": [
              "received",
              "accepted",
              "assigned",
              "in_progress",
              "resolved",
              "closed",
              "ineligible"
            ]
          },
          "DueState": {
            "type": "string",
            "description": "So với hạn xử lý / against the deadline: `on_time` Trong hạn, `due_soon` Sắp đến hạn (deadline within one working day), `overdue` Quá hạn, `settled` (processed or ineligible: the deadline no longer runs).",
            "enum": [
              "on_time",
              "due_soon",
              "overdue",
              "settled"
            ]
          },
          "Priority": {
            "type": "string",
            "enum": [
              "low",
              "normal",
              "high",
              "urgent"
            ],
            "description": "Mức ưu tiên / priority (new cases: `normal`)."
          },
          "Location": {
            "type": "object",
            "description": "Vị trí WGS 84 / a WGS 84 position. At intake it must lie in Đắk Lắk's bounding box (lat 11.9–13.9, lon 107.3–109.1), else 400 `field: \"location\"`.",
            "required": [
              "lat",
              "lon"
            ],
            "properties": {
              "lat": {
                "type": "number",
                "minimum": 11.9,
                "maximum": 13.9,
                "examples": [
                  12.6667
                ]
              },
              "lon": {
                "type": "number",
                "minimum": 107.3,
                "maximum": 109.1,
                "examples": [
                  108.05
                ]
              }
            }
          },
          "ReporterInput": {
            "type": "object",
            "description": "Người phản ánh (tùy chọn) / the reporter's contact, all optional; never shown on public routes. Empty strings count as absent. `null` is the same as leaving the field out.",
            "additionalProperties": false,
            "properties": {
              "name": {
                "type": [
                  "string",
                  "null"
                ],
                "maxLength": 120,
                "description": "Họ tên / name, ≤ 120 characters."
              },
              "phone": {
                "type": [
                  "string",
                  "null"
                ],
                "maxLength": 32,
                "pattern": "^[0-9 +.()-]*$",
                "description": "Điện thoại / phone: digits and ` +.-()`, 8–15 digits in all, ≤ 32 characters (`field: \"reporter.phone\"`).",
                "examples": [
                  "0905 123 456"
                ]
              },
              "email": {
                "type": [
                  "string",
                  "null"
                ],
                "maxLength": 200,
                "description": "Email, ≤ 200 characters, one `@`, a `.` in the domain, no spaces (`field: \"reporter.email\"`)."
              }
            }
          },
          "ReportIntake": {
            "type": "object",
            "title": "ReportIntake",
            "description": "Phản ánh mới / a new report, as `RecordDesk.parseIntake` reads it. Unknown fields are refused (400, `field` names the first). Text fields are trimmed of surrounding whitespace before their length is checked; lengths count characters. A map `location` or an `address` is required. At the hub `district` is required (a rollout district's code or slug, or any 3-digit code); a node files every report in its own district and ignores it. Optional fields may be `null`, which is the same as leaving them out.",
            "required": [
              "category",
              "description"
            ],
            "additionalProperties": false,
            "anyOf": [
              {
                "required": [
                  "location"
                ]
              },
              {
                "required": [
                  "address"
                ]
              }
            ],
            "properties": {
              "category": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/CategoryCode"
                  }
                ],
                "description": "Mã lĩnh vực đang hoạt động / an active category's code (see `GET /api/v1/categories`); unknown or inactive: 400 `field: \"category\"`."
              },
              "description": {
                "type": "string",
                "minLength": 1,
                "maxLength": 4000,
                "description": "Mô tả sự việc / what happened; required, not blank, ≤ 4000 characters."
              },
              "location": {
                "oneOf": [
                  {
                    "$ref": "#/components/schemas/Location"
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "address": {
                "type": [
                  "string",
                  "null"
                ],
                "maxLength": 300,
                "description": "Địa chỉ / address, ≤ 300 characters."
              },
              "channel": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/Channel"
                  }
                ],
                "default": "api",
                "description": "Kênh tiếp nhận / intake channel (≤ 32 characters; default `api`)."
              },
              "reporter": {
                "oneOf": [
                  {
                    "$ref": "#/components/schemas/ReporterInput"
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "photos": {
                "type": [
                  "array",
                  "null"
                ],
                "maxItems": 10,
                "description": "Ảnh đã tải lên trước qua `POST /api/v1/attachments` / SHA-256 of photos uploaded to this site first; at most 10; one not stored here: 400 `field: \"photos\"`.",
                "items": {
                  "$ref": "#/components/schemas/Sha256"
                }
              },
              "attributes": {
                "type": [
                  "object",
                  "null"
                ],
                "description": "Trả lời câu hỏi thêm của lĩnh vực / answers to the category's extra questions: question code → a string or an array of strings. Required questions must be answered and answers to choice questions must be choice keys (400 `field: \"attributes.<code>\"`).",
                "additionalProperties": {
                  "oneOf": [
                    {
                      "type": "string"
                    },
                    {
                      "type": "array",
                      "items": {
                        "type": "string"
                      }
                    }
                  ]
                },
                "examples": [
                  {
                    "vi-tri": "via-he"
                  }
                ]
              },
              "external_id": {
                "type": [
                  "string",
                  "null"
                ],
                "minLength": 1,
                "maxLength": 200,
                "description": "Mã tin của kênh / the channel's own message id: a repeated (`channel`, `external_id`) returns the first receipt with `duplicate: true` and writes nothing."
              },
              "district": {
                "type": [
                  "string",
                  "null"
                ],
                "maxLength": 32,
                "description": "Huyện nhận / district to file the report in: required at the hub, ignored at a node.",
                "examples": [
                  "651",
                  "ea-kar"
                ]
              }
            },
            "examples": [
              {
                "category": "lan-chiem-long-le-duong",
                "description": "Quán nước lấn chiếm hết vỉa hè",
                "address": "Phường An Lạc",
                "location": {
                  "lat": 12.9,
                  "lon": 108.1
                },
                "channel": "hotline",
                "reporter": {
                  "name": "Nguyễn Văn A",
                  "phone": "0905 123 456"
                },
                "attributes": {
                  "vi-tri": "via-he"
                }
              }
            ]
          },
          "IntakeReceipt": {
            "type": "object",
            "description": "Biên nhận / what intake answers: the new report and case (or, for a repeated `external_id`, the first ones).",
            "required": [
              "id",
              "case_id",
              "tracking_code",
              "duplicate"
            ],
            "properties": {
              "id": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/UUID"
                  }
                ],
                "description": "The report's id."
              },
              "case_id": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/UUID"
                  }
                ],
                "description": "The case's id."
              },
              "tracking_code": {
                "$ref": "#/components/schemas/TrackingCode"
              },
              "duplicate": {
                "type": "boolean",
                "description": "`true`: this delivery repeated one already taken; nothing was written."
              }
            }
          },
          "TimelineEvent": {
            "type": "object",
            "description": "Một dòng lịch sử / one line of a case's timeline, oldest first: a workflow step (`transition`), a staff comment (`comment`) or a citizen's rating (`rating`).",
            "required": [
              "at",
              "kind"
            ],
            "properties": {
              "at": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "kind": {
                "type": "string",
                "enum": [
                  "transition",
                  "comment",
                  "rating"
                ]
              },
              "action": {
                "type": "string",
                "description": "The step: `receive`, a `CaseAction` (`accept`, `reject`, `assign`, `start`, `resolve`, `close`, `reopen`, `transfer`), `set_status` (a PATCH) or `rate`.",
                "examples": [
                  "accept"
                ]
              },
              "from": {
                "$ref": "#/components/schemas/CaseStatus"
              },
              "to": {
                "$ref": "#/components/schemas/CaseStatus"
              },
              "text": {
                "type": "string",
                "description": "Detail: `key: value` pairs joined by `; ` (reason, result, unit, district, category, deadline, channel, rating), or a comment's text."
              }
            }
          },
          "StaffTimelineEvent": {
            "allOf": [
              {
                "$ref": "#/components/schemas/TimelineEvent"
              }
            ],
            "description": "Staff view of a timeline line: every line, with its author and detail.",
            "properties": {
              "author": {
                "type": "string",
                "description": "Tài khoản đã làm / the account (or channel, e.g. `kenh-zalo`, `nguoi-dan`) that did it."
              }
            },
            "required": [
              "author"
            ]
          },
          "PublicCaseRecord": {
            "type": "object",
            "title": "PublicCaseRecord",
            "description": "Hồ sơ cho người dân / a case as a citizen sees it (`CaseRecord.json(staff: false)`): never the reporter's name, phone or email, no answers to extra questions, no conflicts, no staff comments and no staff names. The timeline keeps workflow steps and ratings, without authors; a step's detail is shown only for `resolve` and `reject`. Optional fields are left out, never `null`.",
            "required": [
              "id",
              "tracking_code",
              "district",
              "status",
              "status_label",
              "category",
              "received_at",
              "due",
              "description",
              "priority",
              "channel",
              "deadline_fixed",
              "photos",
              "result_photos"
            ],
            "properties": {
              "id": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/UUID"
                  }
                ],
                "description": "The case id."
              },
              "report_id": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/UUID"
                  }
                ],
                "description": "The report the case was opened for."
              },
              "tracking_code": {
                "$ref": "#/components/schemas/TrackingCode"
              },
              "district": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/DistrictCode"
                  }
                ],
                "description": "The district holding the case now (after a transfer: the receiving one)."
              },
              "status": {
                "$ref": "#/components/schemas/CaseStatus"
              },
              "status_label": {
                "type": "string",
                "description": "Nhãn trạng thái tiếng Việt / the status in Vietnamese.",
                "examples": [
                  "Đang xử lý"
                ]
              },
              "category": {
                "$ref": "#/components/schemas/CategoryCode"
              },
              "unit": {
                "type": "string",
                "description": "Đơn vị xử lý / handling unit code, once assigned.",
                "examples": [
                  "trat-tu-do-thi"
                ]
              },
              "priority": {
                "$ref": "#/components/schemas/Priority"
              },
              "channel": {
                "$ref": "#/components/schemas/Channel"
              },
              "received_at": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "accepted_at": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "resolved_at": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "closed_at": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "deadline": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/CivilDate"
                  }
                ],
                "description": "Hạn xử lý / the last working day to resolve it (inclusive)."
              },
              "deadline_fixed": {
                "type": "boolean",
                "description": "`true` once the case was accepted (deadline final); `false` while provisional (counted from receipt)."
              },
              "due": {
                "$ref": "#/components/schemas/DueState"
              },
              "resolved_on_time": {
                "type": "boolean",
                "description": "Processed cases only: resolved by the deadline."
              },
              "result": {
                "type": "string",
                "description": "Kết quả xử lý / the result told to the citizen."
              },
              "ineligible_reason": {
                "type": "string",
                "description": "Lý do không đủ điều kiện / why the report was rejected."
              },
              "rating": {
                "type": "integer",
                "minimum": 1,
                "maximum": 5
              },
              "rating_comment": {
                "type": "string"
              },
              "transferred_from": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/DistrictCode"
                  }
                ],
                "description": "The district the case was transferred from."
              },
              "description": {
                "type": "string"
              },
              "address": {
                "type": "string"
              },
              "location": {
                "$ref": "#/components/schemas/Location"
              },
              "photos": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Sha256"
                },
                "description": "Ảnh của người phản ánh / the report's photos (fetch with `GET /attachments/{sha}`)."
              },
              "result_photos": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Sha256"
                },
                "description": "Ảnh kết quả / photos staff attached with actions."
              },
              "timeline": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/TimelineEvent"
                }
              }
            }
          },
          "Conflict": {
            "type": "object",
            "description": "Giá trị đồng thời / concurrent values of one field that no later action replaced yet (two sites changed it at once).",
            "required": [
              "field",
              "values"
            ],
            "properties": {
              "field": {
                "type": "string",
                "examples": [
                  "status"
                ]
              },
              "values": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "value",
                    "author",
                    "site",
                    "at"
                  ],
                  "properties": {
                    "value": {
                      "type": "string",
                      "description": "The value (non-string values as their JSON text)."
                    },
                    "author": {
                      "type": "string"
                    },
                    "site": {
                      "type": "string",
                      "description": "The replica (site) that wrote it."
                    },
                    "at": {
                      "$ref": "#/components/schemas/UnixMillis"
                    }
                  }
                }
              }
            }
          },
          "CaseRecord": {
            "title": "CaseRecord",
            "description": "Hồ sơ cho cán bộ / a case with its report as staff see it (`CaseRecord.json(staff: true)`): the public fields plus the reporter's contact, the answers to extra questions, conflicts and the full timeline with authors and staff comments. In `GET /api/v1/cases` list items the `timeline` is left out.",
            "allOf": [
              {
                "$ref": "#/components/schemas/PublicCaseRecord"
              }
            ],
            "required": [
              "reporter",
              "attributes",
              "conflicts"
            ],
            "properties": {
              "reporter": {
                "type": "object",
                "description": "Liên hệ người phản ánh / the reporter's contact (an empty object when none was given).",
                "properties": {
                  "name": {
                    "type": "string"
                  },
                  "phone": {
                    "type": "string"
                  },
                  "email": {
                    "type": "string"
                  }
                }
              },
              "attributes": {
                "type": "object",
                "additionalProperties": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "description": "Question code → answers."
              },
              "conflicts": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Conflict"
                }
              },
              "timeline": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/StaffTimelineEvent"
                }
              }
            }
          },
          "CaseList": {
            "type": "object",
            "description": "Một trang hộp thư / one page of the inbox: non-settled cases first, soonest deadline first (none last), then newest.",
            "required": [
              "items",
              "count",
              "total",
              "status_counts",
              "limit",
              "offset"
            ],
            "properties": {
              "items": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/CaseRecord"
                },
                "description": "Staff view, without `timeline`."
              },
              "count": {
                "type": "integer",
                "description": "Items on this page."
              },
              "total": {
                "type": "integer",
                "description": "Cases matching every filter."
              },
              "status_counts": {
                "type": "object",
                "description": "Cases per status under the same filters except `status` (statuses with none are left out).",
                "propertyNames": {
                  "$ref": "#/components/schemas/CaseStatus"
                },
                "additionalProperties": {
                  "type": "integer"
                },
                "examples": [
                  {
                    "received": 4,
                    "in_progress": 2
                  }
                ]
              },
              "limit": {
                "type": "integer"
              },
              "offset": {
                "type": "integer"
              }
            }
          },
          "StoredValueConflict": {
            "type": "object",
            "description": "Các giá trị đồng thời của một trường / a field's concurrent values, as stored.",
            "required": [
              "field",
              "values"
            ],
            "properties": {
              "field": {
                "type": "string"
              },
              "values": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "value",
                    "author",
                    "site",
                    "at",
                    "stamp"
                  ],
                  "properties": {
                    "value": {
                      "description": "The value as written (any JSON)."
                    },
                    "author": {
                      "type": "string"
                    },
                    "site": {
                      "type": "string"
                    },
                    "at": {
                      "$ref": "#/components/schemas/UnixMillis"
                    },
                    "stamp": {
                      "type": "string",
                      "description": "The write's stamp (hybrid logical clock and site)."
                    }
                  }
                }
              }
            }
          },
          "HistoryItem": {
            "type": "object",
            "description": "Một mục lịch sử lưu trữ / one stored history item.",
            "required": [
              "at",
              "by",
              "entry"
            ],
            "properties": {
              "at": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "by": {
                "type": "string",
                "description": "Author."
              },
              "entry": {
                "description": "The entry as written (an object for `history`, a string for `comments`)."
              }
            }
          },
          "StoredRecord": {
            "type": "object",
            "description": "Bản ghi lưu trữ / a record's stored document (`RecordDesk.recordJSON`): the winning value of every field, plus `id`, `type`, `scope`, `updated_at` and `conflicts`. Further fields may appear.",
            "required": [
              "id",
              "type",
              "scope",
              "updated_at",
              "conflicts"
            ],
            "additionalProperties": true,
            "properties": {
              "id": {
                "$ref": "#/components/schemas/UUID"
              },
              "type": {
                "type": "string",
                "enum": [
                  "report",
                  "case"
                ]
              },
              "scope": {
                "$ref": "#/components/schemas/DistrictCode"
              },
              "updated_at": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "conflicts": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/StoredValueConflict"
                }
              }
            }
          },
          "ReportDocument": {
            "title": "ReportDocument",
            "description": "Phản ánh lưu trữ / a report's stored document, reporter contact included (staff only).",
            "allOf": [
              {
                "$ref": "#/components/schemas/StoredRecord"
              }
            ],
            "properties": {
              "tracking_code": {
                "$ref": "#/components/schemas/TrackingCode"
              },
              "category": {
                "$ref": "#/components/schemas/CategoryCode"
              },
              "description": {
                "type": "string"
              },
              "channel": {
                "$ref": "#/components/schemas/Channel"
              },
              "case_id": {
                "$ref": "#/components/schemas/UUID"
              },
              "created_at": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "location": {
                "$ref": "#/components/schemas/Location"
              },
              "address": {
                "type": "string"
              },
              "reporter": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string"
                  },
                  "phone": {
                    "type": "string"
                  },
                  "email": {
                    "type": "string"
                  }
                }
              },
              "attributes": {
                "type": "object",
                "additionalProperties": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                }
              },
              "external_id": {
                "type": "string",
                "description": "`<channel>:<external_id>`."
              },
              "photos": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Sha256"
                }
              }
            }
          },
          "CaseDocument": {
            "title": "CaseDocument",
            "description": "Hồ sơ lưu trữ / a case's stored document (staff only). For the assembled view (report text, due state, timeline) use `GET /api/v1/cases/{id}/record`.",
            "allOf": [
              {
                "$ref": "#/components/schemas/StoredRecord"
              }
            ],
            "properties": {
              "report_id": {
                "$ref": "#/components/schemas/UUID"
              },
              "tracking_code": {
                "$ref": "#/components/schemas/TrackingCode"
              },
              "category": {
                "$ref": "#/components/schemas/CategoryCode"
              },
              "status": {
                "$ref": "#/components/schemas/CaseStatus"
              },
              "priority": {
                "$ref": "#/components/schemas/Priority"
              },
              "channel": {
                "$ref": "#/components/schemas/Channel"
              },
              "received_at": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "created_at": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "accepted_at": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "resolved_at": {
                "type": [
                  "integer",
                  "null"
                ],
                "description": "Unix ms; `null` after a reopen."
              },
              "closed_at": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "deadline_date": {
                "$ref": "#/components/schemas/CivilDate"
              },
              "deadline_at": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "deadline_basis": {
                "type": "string",
                "enum": [
                  "received",
                  "accepted"
                ]
              },
              "summary": {
                "type": "string",
                "description": "The report's description, first 160 characters."
              },
              "address": {
                "type": "string"
              },
              "unit": {
                "type": "string",
                "description": "Set by the `accept`, `assign` and (emptied by) `transfer` actions."
              },
              "assigned_unit": {
                "type": "string",
                "description": "Set only by `PATCH` (a different field from `unit`)."
              },
              "note": {
                "type": "string",
                "description": "Set only by `PATCH`."
              },
              "result": {
                "type": "string"
              },
              "ineligible_reason": {
                "type": "string"
              },
              "transferred_from": {
                "$ref": "#/components/schemas/DistrictCode"
              },
              "rating": {
                "type": "integer",
                "minimum": 1,
                "maximum": 5
              },
              "rated_at": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "rating_comment": {
                "type": "string"
              },
              "result_photos": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Sha256"
                }
              },
              "history": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/HistoryItem"
                }
              },
              "comments": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/HistoryItem"
                }
              }
            }
          },
          "ReportList": {
            "type": "object",
            "description": "Một trang phản ánh / one page of reports, newest first. `count` is the number on this page (there is no `total`).",
            "required": [
              "items",
              "count",
              "limit",
              "offset"
            ],
            "properties": {
              "items": {
                "type": "array",
                "items": {
                  "type": "object",
                  "description": "A report's stored document with `id`, `scope`, `updated_at` and `conflicted_fields` (no `type`, no `conflicts`).",
                  "required": [
                    "id",
                    "scope",
                    "updated_at",
                    "conflicted_fields"
                  ],
                  "additionalProperties": true,
                  "properties": {
                    "id": {
                      "$ref": "#/components/schemas/UUID"
                    },
                    "scope": {
                      "$ref": "#/components/schemas/DistrictCode"
                    },
                    "updated_at": {
                      "$ref": "#/components/schemas/UnixMillis"
                    },
                    "conflicted_fields": {
                      "type": "integer",
                      "description": "How many fields hold concurrent values."
                    },
                    "tracking_code": {
                      "$ref": "#/components/schemas/TrackingCode"
                    },
                    "category": {
                      "$ref": "#/components/schemas/CategoryCode"
                    },
                    "description": {
                      "type": "string"
                    },
                    "channel": {
                      "$ref": "#/components/schemas/Channel"
                    },
                    "case_id": {
                      "$ref": "#/components/schemas/UUID"
                    },
                    "created_at": {
                      "$ref": "#/components/schemas/UnixMillis"
                    },
                    "location": {
                      "$ref": "#/components/schemas/Location"
                    },
                    "address": {
                      "type": "string"
                    },
                    "reporter": {
                      "type": "object",
                      "properties": {
                        "name": {
                          "type": "string"
                        },
                        "phone": {
                          "type": "string"
                        },
                        "email": {
                          "type": "string"
                        }
                      }
                    },
                    "attributes": {
                      "type": "object",
                      "additionalProperties": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        }
                      }
                    },
                    "external_id": {
                      "type": "string",
                      "description": "`<channel>:<external_id>`."
                    },
                    "photos": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Sha256"
                      }
                    }
                  }
                }
              },
              "count": {
                "type": "integer"
              },
              "limit": {
                "type": "integer"
              },
              "offset": {
                "type": "integer"
              }
            }
          },
          "CasePatch": {
            "type": "object",
            "title": "CasePatch",
            "description": "Sửa trực tiếp / direct edits to a case (`RecordDesk.patchCase`). Assignments replace every value the editor saw, so a PATCH also resolves a conflict. Unknown fields are refused; an empty object is refused (`field: \"body\"`). Note: `status` is set as given, without the workflow checks of `POST /api/v1/cases/{id}/actions`. Text is trimmed before length checks. `null` is the same as leaving the field out.",
            "minProperties": 1,
            "additionalProperties": false,
            "properties": {
              "status": {
                "oneOf": [
                  {
                    "$ref": "#/components/schemas/CaseStatus"
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "assigned_unit": {
                "type": [
                  "string",
                  "null"
                ],
                "maxLength": 120
              },
              "priority": {
                "oneOf": [
                  {
                    "$ref": "#/components/schemas/Priority"
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "note": {
                "type": [
                  "string",
                  "null"
                ],
                "maxLength": 4000
              },
              "comment": {
                "type": [
                  "string",
                  "null"
                ],
                "maxLength": 4000,
                "description": "Appended to the case's comments."
              }
            },
            "examples": [
              {
                "priority": "high",
                "comment": "Đã liên hệ tổ dân phố"
              }
            ]
          },
          "CaseAction": {
            "type": "object",
            "title": "CaseAction",
            "description": "Một bước xử lý / one workflow action (`CaseActionInput`). Unknown fields are refused. Which fields an action needs:\n\n| action | from status | to status | needs |\n|---|---|---|---|\n| `accept` | received | accepted (assigned with `unit`) | optional `category` (active), `unit`; fixes the deadline |\n| `reject` | received, accepted | ineligible | `reason` |\n| `assign` | accepted, assigned, in_progress | assigned | `unit` |\n| `start` | assigned | in_progress | — |\n| `resolve` | accepted, assigned, in_progress | resolved | `result`; optional `photos` |\n| `close` | resolved | closed | — |\n| `reopen` | resolved, closed, ineligible | received (from ineligible), else accepted or in_progress | `reason` |\n| `transfer` | received, accepted, assigned | received, in the `district` given | `reason`, `district` |\n| `comment` | any | unchanged | `text` |\n\nAn action from a status that does not allow it answers 409 (`field: \"action\"`). `priority` and `text` (a comment) may go with any action; `photos` (uploaded first) are added to the case's result photos. Fields an action does not use are ignored. String fields may be `null` (same as absent); `reason`, `result` and `text` are ≤ 4000 characters after trimming.",
            "required": [
              "action"
            ],
            "additionalProperties": false,
            "properties": {
              "action": {
                "type": "string",
                "enum": [
                  "accept",
                  "reject",
                  "assign",
                  "start",
                  "resolve",
                  "close",
                  "reopen",
                  "transfer",
                  "comment"
                ]
              },
              "category": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "`accept`: recategorise (an active category code)."
              },
              "unit": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "`accept`, `assign`: a handling unit code from `GET /api/v1/units`.",
                "examples": [
                  "trat-tu-do-thi"
                ]
              },
              "priority": {
                "oneOf": [
                  {
                    "$ref": "#/components/schemas/Priority"
                  },
                  {
                    "type": "null"
                  },
                  {
                    "const": ""
                  }
                ],
                "description": "Any action: new priority (empty string: unchanged)."
              },
              "reason": {
                "type": [
                  "string",
                  "null"
                ],
                "maxLength": 4000,
                "description": "`reject`, `reopen`, `transfer`: why."
              },
              "result": {
                "type": [
                  "string",
                  "null"
                ],
                "maxLength": 4000,
                "description": "`resolve`: the result told to the citizen."
              },
              "photos": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Sha256"
                },
                "description": "SHA-256 of photos uploaded to this site first."
              },
              "district": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "`transfer`: the receiving district, code or slug of a rollout district (e.g. `651` or `ea-kar`), not the case's own.",
                "examples": [
                  "651",
                  "ea-kar"
                ]
              },
              "text": {
                "type": [
                  "string",
                  "null"
                ],
                "maxLength": 4000,
                "description": "`comment`: the comment (required); any other action: a comment added with it."
              }
            },
            "allOf": [
              {
                "if": {
                  "properties": {
                    "action": {
                      "const": "reject"
                    }
                  },
                  "required": [
                    "action"
                  ]
                },
                "then": {
                  "required": [
                    "reason"
                  ]
                }
              },
              {
                "if": {
                  "properties": {
                    "action": {
                      "const": "reopen"
                    }
                  },
                  "required": [
                    "action"
                  ]
                },
                "then": {
                  "required": [
                    "reason"
                  ]
                }
              },
              {
                "if": {
                  "properties": {
                    "action": {
                      "const": "transfer"
                    }
                  },
                  "required": [
                    "action"
                  ]
                },
                "then": {
                  "required": [
                    "reason",
                    "district"
                  ]
                }
              },
              {
                "if": {
                  "properties": {
                    "action": {
                      "const": "resolve"
                    }
                  },
                  "required": [
                    "action"
                  ]
                },
                "then": {
                  "required": [
                    "result"
                  ]
                }
              },
              {
                "if": {
                  "properties": {
                    "action": {
                      "const": "assign"
                    }
                  },
                  "required": [
                    "action"
                  ]
                },
                "then": {
                  "required": [
                    "unit"
                  ]
                }
              },
              {
                "if": {
                  "properties": {
                    "action": {
                      "const": "comment"
                    }
                  },
                  "required": [
                    "action"
                  ]
                },
                "then": {
                  "required": [
                    "text"
                  ]
                }
              }
            ],
            "examples": [
              {
                "action": "resolve",
                "result": "Đã giải tỏa vỉa hè, nhắc nhở chủ quán",
                "photos": []
              }
            ]
          },
          "OutcomeSplit": {
            "type": "object",
            "required": [
              "total",
              "on_time",
              "overdue"
            ],
            "properties": {
              "total": {
                "type": "integer"
              },
              "on_time": {
                "type": "integer"
              },
              "overdue": {
                "type": "integer"
              }
            }
          },
          "StatisticsRow": {
            "type": "object",
            "title": "StatisticsRow",
            "description": "Một dòng thống kê của tỉnh / one line of the province's statistic: `received` = `processed.total` + `processing.total` + `ineligible`.",
            "required": [
              "key",
              "received",
              "processed",
              "processing",
              "ineligible",
              "rating_count",
              "median_resolve_hours",
              "rating_average"
            ],
            "properties": {
              "key": {
                "type": "string",
                "description": "The group: a district code, unit code (`\"\"` for cases with no unit), category code, month `yyyymm`, `all` (group `none`), or `total` for the total line.",
                "examples": [
                  "651",
                  "202505",
                  "all",
                  "total"
                ]
              },
              "received": {
                "type": "integer",
                "description": "Tiếp nhận / received."
              },
              "processed": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/OutcomeSplit"
                  }
                ],
                "description": "Đã xử lý / processed (resolved or closed), on time or overdue."
              },
              "processing": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/OutcomeSplit"
                  }
                ],
                "description": "Đang xử lý / still open, on time or past the deadline now."
              },
              "ineligible": {
                "type": "integer",
                "description": "Không đủ điều kiện / ineligible."
              },
              "rating_count": {
                "type": "integer"
              },
              "median_resolve_hours": {
                "type": [
                  "number",
                  "null"
                ],
                "description": "Median hours from receipt to resolution (±9 %, one decimal); `null` with no processed case."
              },
              "rating_average": {
                "type": [
                  "number",
                  "null"
                ],
                "description": "Average citizen rating (two decimals); `null` with no rating."
              }
            }
          },
          "StatisticsResponse": {
            "type": "object",
            "title": "StatisticsResponse",
            "required": [
              "group_by",
              "from",
              "to",
              "rows",
              "total",
              "sentence_vi"
            ],
            "properties": {
              "group_by": {
                "type": "string",
                "enum": [
                  "district",
                  "unit",
                  "category",
                  "month",
                  "none"
                ]
              },
              "from": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "date"
              },
              "to": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "date"
              },
              "rows": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/StatisticsRow"
                },
                "description": "Sorted by `key`."
              },
              "total": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/StatisticsRow"
                  }
                ],
                "description": "The sum of the rows (`key`: `total`)."
              },
              "sentence_vi": {
                "type": "string",
                "description": "The province's sentence for the total.",
                "examples": [
                  "Tiếp nhận 186 phản ánh: đã xử lý 175 (đúng hạn 119, quá hạn 56), đang xử lý 11 (trong hạn 9, quá hạn 2), không đủ điều kiện 0."
                ]
              }
            }
          },
          "CategoryChoice": {
            "type": "object",
            "required": [
              "key",
              "name"
            ],
            "properties": {
              "key": {
                "type": "string"
              },
              "name": {
                "type": "string"
              }
            }
          },
          "CategoryQuestion": {
            "type": "object",
            "description": "Câu hỏi thêm / an extra question asked at intake (an Open311 attribute).",
            "required": [
              "code",
              "prompt",
              "kind",
              "required",
              "choices"
            ],
            "properties": {
              "code": {
                "type": "string",
                "examples": [
                  "vi-tri"
                ]
              },
              "prompt": {
                "type": "string",
                "examples": [
                  "Lấn chiếm ở đâu? / Where?"
                ]
              },
              "kind": {
                "type": "string",
                "enum": [
                  "text",
                  "number",
                  "singlevaluelist",
                  "multivaluelist"
                ]
              },
              "required": {
                "type": "boolean"
              },
              "choices": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/CategoryChoice"
                }
              }
            }
          },
          "Category": {
            "type": "object",
            "title": "Category",
            "description": "Lĩnh vực phản ánh / a report category (reference data the hub edits).",
            "required": [
              "code",
              "name_vi",
              "name_en",
              "description_vi",
              "units",
              "deadline_days",
              "active",
              "attributes"
            ],
            "properties": {
              "code": {
                "$ref": "#/components/schemas/CategoryCode"
              },
              "name_vi": {
                "type": "string",
                "examples": [
                  "Lấn chiếm lòng lề đường"
                ]
              },
              "name_en": {
                "type": "string",
                "examples": [
                  "Sidewalk and roadway encroachment"
                ]
              },
              "description_vi": {
                "type": "string"
              },
              "units": {
                "type": "array",
                "items": {
                  "type": "string"
                },
                "description": "Handling unit codes, the first being the default.",
                "examples": [
                  [
                    "trat-tu-do-thi",
                    "ubnd-phuong-xa"
                  ]
                ]
              },
              "deadline_days": {
                "type": "integer",
                "minimum": 1,
                "maximum": 90,
                "description": "Deadline in working days."
              },
              "active": {
                "type": "boolean"
              },
              "attributes": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/CategoryQuestion"
                }
              }
            }
          },
          "CategoryInput": {
            "type": "object",
            "title": "CategoryInput",
            "description": "Tạo hoặc thay lĩnh vực / creates or replaces a category (the code is in the path). Other fields are ignored.",
            "required": [
              "name_vi",
              "name_en",
              "units",
              "deadline_days"
            ],
            "properties": {
              "name_vi": {
                "type": "string",
                "minLength": 1
              },
              "name_en": {
                "type": "string",
                "minLength": 1
              },
              "description_vi": {
                "type": "string",
                "default": ""
              },
              "units": {
                "type": "array",
                "minItems": 1,
                "items": {
                  "type": "string"
                }
              },
              "deadline_days": {
                "type": "integer",
                "minimum": 1,
                "maximum": 90
              },
              "active": {
                "type": "boolean",
                "default": true
              },
              "attributes": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "code",
                    "prompt",
                    "kind"
                  ],
                  "properties": {
                    "code": {
                      "type": "string"
                    },
                    "prompt": {
                      "type": "string"
                    },
                    "kind": {
                      "type": "string",
                      "enum": [
                        "text",
                        "number",
                        "singlevaluelist",
                        "multivaluelist"
                      ]
                    },
                    "required": {
                      "type": "boolean",
                      "default": false
                    },
                    "choices": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "required": [
                          "key"
                        ],
                        "properties": {
                          "key": {
                            "type": "string"
                          },
                          "name": {
                            "type": "string",
                            "description": "Defaults to `key`."
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "CategoryList": {
            "type": "object",
            "required": [
              "items"
            ],
            "properties": {
              "items": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Category"
                }
              }
            }
          },
          "Unit": {
            "type": "object",
            "title": "Unit",
            "description": "Đơn vị xử lý / a handling unit (in each district, the district's team of that kind).",
            "required": [
              "code",
              "name_vi",
              "name_en"
            ],
            "properties": {
              "code": {
                "type": "string",
                "examples": [
                  "trat-tu-do-thi"
                ]
              },
              "name_vi": {
                "type": "string",
                "examples": [
                  "Đội Quản lý trật tự đô thị"
                ]
              },
              "name_en": {
                "type": "string",
                "examples": [
                  "Urban order team"
                ]
              }
            }
          },
          "UnitList": {
            "type": "object",
            "required": [
              "items"
            ],
            "properties": {
              "items": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Unit"
                }
              }
            }
          },
          "CalendarDay": {
            "type": "object",
            "title": "CalendarDay",
            "description": "Ngày công bố / a day the government announces as off (`off`) or as a working day (`working`), e.g. a swap.",
            "required": [
              "date",
              "kind",
              "name"
            ],
            "properties": {
              "date": {
                "$ref": "#/components/schemas/CivilDate"
              },
              "kind": {
                "type": "string",
                "enum": [
                  "off",
                  "working"
                ]
              },
              "name": {
                "type": "string",
                "maxLength": 200
              }
            }
          },
          "CalendarDayInput": {
            "type": "object",
            "required": [
              "kind"
            ],
            "description": "Other fields are ignored.",
            "properties": {
              "kind": {
                "type": "string",
                "enum": [
                  "off",
                  "working"
                ]
              },
              "name": {
                "type": "string",
                "maxLength": 200,
                "default": "",
                "description": "Cut to its first 200 characters."
              }
            }
          },
          "Holiday": {
            "type": "object",
            "description": "Ngày lễ theo luật / a statutory holiday (computed, not stored).",
            "required": [
              "date",
              "name",
              "name_en",
              "compensatory"
            ],
            "properties": {
              "date": {
                "$ref": "#/components/schemas/CivilDate"
              },
              "name": {
                "type": "string"
              },
              "name_en": {
                "type": "string"
              },
              "compensatory": {
                "type": "boolean",
                "description": "A compensatory day off."
              }
            }
          },
          "CalendarYear": {
            "type": "object",
            "required": [
              "year",
              "holidays",
              "announced"
            ],
            "properties": {
              "year": {
                "type": "integer"
              },
              "holidays": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Holiday"
                }
              },
              "announced": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/CalendarDay"
                },
                "description": "Announced days of that year, by date."
              }
            }
          },
          "Attachment": {
            "type": "object",
            "title": "Attachment",
            "description": "Ảnh đã lưu / a stored photo, addressed by its content.",
            "required": [
              "sha256",
              "media_type",
              "size",
              "url"
            ],
            "properties": {
              "sha256": {
                "$ref": "#/components/schemas/Sha256"
              },
              "media_type": {
                "type": "string",
                "enum": [
                  "image/jpeg",
                  "image/png",
                  "image/webp"
                ],
                "description": "Recognised from the bytes, not from `Content-Type`."
              },
              "size": {
                "type": "integer",
                "description": "Bytes."
              },
              "url": {
                "type": "string",
                "description": "`/attachments/<sha256>`.",
                "examples": [
                  "/attachments/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                ]
              }
            }
          },
          "Digest": {
            "type": "object",
            "description": "Dấu vân tay dữ liệu / a fingerprint of the replica's merged state, to compare two sites.",
            "required": [
              "digest",
              "entities",
              "scopes"
            ],
            "properties": {
              "digest": {
                "type": "string",
                "pattern": "^[0-9a-f]{16}$",
                "description": "FNV-1a (64-bit, hex) over every entity's id, document and register stamps."
              },
              "entities": {
                "type": "integer"
              },
              "scopes": {
                "type": "array",
                "items": {
                  "type": "string"
                },
                "description": "`[<district>, \"province\"]`, or `[\"*\"]` without `district`."
              }
            }
          },
          "RatingInput": {
            "type": "object",
            "required": [
              "rating"
            ],
            "description": "Other fields are ignored.",
            "properties": {
              "rating": {
                "type": "integer",
                "minimum": 1,
                "maximum": 5,
                "description": "Số sao / stars, 1–5."
              },
              "comment": {
                "type": "string",
                "maxLength": 1000,
                "description": "Nhận xét / comment, ≤ 1000 characters after trimming."
              }
            },
            "examples": [
              {
                "rating": 5,
                "comment": "Xử lý nhanh, cảm ơn"
              }
            ]
          },
          "RatingReceipt": {
            "type": "object",
            "required": [
              "rating"
            ],
            "properties": {
              "rating": {
                "type": "integer",
                "minimum": 1,
                "maximum": 5
              }
            }
          },
          "WebhookMessage": {
            "type": "object",
            "title": "WebhookMessage",
            "description": "Tin từ kênh chat / a citizen's message relayed by a chat channel. Becomes a report with `channel` = the path's channel and `external_id` = `message_id`; it is validated like `ReportIntake` (a `location` or an `address` is required; at the hub, `district`). Errors name the intake's fields: `description` for `text`, `external_id` for a `message_id` over 200 characters, `reporter.name`/`reporter.phone` for `sender`. Other fields are ignored.",
            "required": [
              "message_id",
              "text"
            ],
            "properties": {
              "message_id": {
                "type": "string",
                "minLength": 1,
                "maxLength": 200,
                "description": "The channel's message id; a repeat returns the first receipt."
              },
              "text": {
                "type": "string",
                "minLength": 1,
                "maxLength": 4000,
                "description": "Becomes the report's description."
              },
              "category": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/CategoryCode"
                  }
                ],
                "default": "khac"
              },
              "sender": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 120
                  },
                  "phone": {
                    "type": "string",
                    "description": "8–15 digits."
                  }
                }
              },
              "location": {
                "type": "object",
                "properties": {
                  "lat": {
                    "type": "number"
                  },
                  "lon": {
                    "type": "number"
                  }
                },
                "description": "Both or neither; inside Đắk Lắk."
              },
              "address": {
                "type": "string",
                "maxLength": 300
              },
              "district": {
                "type": "string",
                "description": "Required at the hub; ignored at a node."
              }
            },
            "examples": [
              {
                "message_id": "zalo-991",
                "text": "Bán hàng rong tụ tập trước chợ",
                "category": "tu-tap-buon-ban",
                "address": "Chợ Buôn Hồ",
                "sender": {
                  "name": "Hùng"
                }
              }
            ]
          },
          "WebhookReceipt": {
            "type": "object",
            "required": [
              "tracking_code",
              "case_id",
              "duplicate"
            ],
            "properties": {
              "tracking_code": {
                "$ref": "#/components/schemas/TrackingCode"
              },
              "case_id": {
                "$ref": "#/components/schemas/UUID"
              },
              "duplicate": {
                "type": "boolean"
              }
            }
          },
          "FiwareServiceRequest": {
            "type": "object",
            "title": "FiwareServiceRequest",
            "description": "FIWARE Smart Data Models `Open311ServiceRequest` entity, NGSI-v2 key-values (`dataModel.IssueTracking`), ready for `POST /v2/entities?options=keyValues`. Absent values are left out, never `null`; datetimes are W3C with `+07:00`; never any reporter contact.",
            "required": [
              "id",
              "type",
              "service_request_id",
              "status",
              "status_notes",
              "service_name",
              "service_code",
              "description",
              "requested_datetime",
              "updated_datetime",
              "address",
              "areaServed"
            ],
            "properties": {
              "id": {
                "type": "string",
                "description": "`urn:ngsi-ld:Open311ServiceRequest:` + the tracking code (characters outside `A–Z a–z 0–9 _ - . :` as `~XX`).",
                "examples": [
                  "urn:ngsi-ld:Open311ServiceRequest:644-7K3Q9MX"
                ]
              },
              "type": {
                "type": "string",
                "const": "Open311ServiceRequest"
              },
              "service_request_id": {
                "$ref": "#/components/schemas/TrackingCode"
              },
              "status": {
                "type": "string",
                "enum": [
                  "open",
                  "closed"
                ]
              },
              "status_notes": {
                "type": "string",
                "description": "The detailed status in Vietnamese / English, with the due state, result or reason."
              },
              "service_name": {
                "type": "string"
              },
              "service_code": {
                "$ref": "#/components/schemas/CategoryCode"
              },
              "description": {
                "type": "string"
              },
              "agency_responsible": {
                "type": "string",
                "description": "The handling unit's Vietnamese name."
              },
              "requested_datetime": {
                "type": "string",
                "format": "date-time"
              },
              "updated_datetime": {
                "type": "string",
                "format": "date-time"
              },
              "expected_datetime": {
                "type": "string",
                "format": "date-time",
                "description": "The deadline."
              },
              "address_string": {
                "type": "string"
              },
              "address": {
                "type": "object",
                "description": "schema.org PostalAddress.",
                "properties": {
                  "addressCountry": {
                    "const": "VN"
                  },
                  "addressRegion": {
                    "const": "Đắk Lắk"
                  },
                  "postalCode": {
                    "type": "string"
                  }
                }
              },
              "areaServed": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/DistrictCode"
                  }
                ],
                "description": "The district code."
              },
              "location": {
                "type": "object",
                "description": "GeoJSON Point, `[long, lat]`.",
                "required": [
                  "type",
                  "coordinates"
                ],
                "properties": {
                  "type": {
                    "const": "Point"
                  },
                  "coordinates": {
                    "type": "array",
                    "items": {
                      "type": "number"
                    },
                    "minItems": 2,
                    "maxItems": 2
                  }
                }
              },
              "attributes": {
                "type": "object",
                "additionalProperties": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                }
              },
              "media_url": {
                "type": "string",
                "description": "`/attachments/<sha256>` of the first photo."
              }
            }
          }
        }
      }
    }
    """#
}
