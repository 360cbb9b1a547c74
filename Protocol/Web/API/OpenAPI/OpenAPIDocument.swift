/// The OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.json`.
///
/// Guarantees: `json` is one valid JSON object, an OpenAPI 3.1.0 document that passes
/// `openapi-spec-validator`; it lists every route `RecordRoutes` registers (each
/// `/api/v1` path with its method, plus `GET /attachments/{sha}`), the FIWARE export
/// `Open311Routes` adds, the camera-analytics routes `TrafficRoutes` registers under
/// `/api/v1/traffic`, and this document itself, with the status codes the handlers
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
        "description": "**Tiếng Việt.** API JSON của dịch vụ phản ánh hiện trường (trật tự đô thị) thuộc Trung tâm Giám sát, điều hành đô thị thông minh (IOC) tỉnh Đắk Lắk. Mỗi huyện chạy một nút (node) giữ hồ sơ của huyện mình; trung tâm tỉnh (hub) giữ mọi huyện và lọc bằng `?district=`. Cán bộ đăng nhập bằng HTTP Basic (tài khoản cán bộ) hoặc cookie phiên `ioc_session` của giao diện web; thiếu hoặc sai thì trả 401. Các đường dẫn công khai (danh mục, đơn vị, lịch, tra cứu theo mã, đánh giá, webhook có chữ ký, ảnh theo mã băm) không bao giờ trả thông tin liên hệ của người phản ánh. Mọi yêu cầu ghi được kiểm tra toàn bộ trước khi lưu: bị từ chối thì không có gì được ghi. Lỗi do các đường dẫn này trả luôn có dạng `{\"error\": {\"code\", \"message\", \"field\"}}`, thông điệp tiếng Việt trước, tiếng Anh sau (404 của máy chủ cho đường dẫn không có và lỗi 500 thì không). Thời điểm là mili giây Unix; ngày là `YYYY-MM-DD` theo giờ Việt Nam (UTC+07:00). Thân yêu cầu JSON tối đa 256 KiB (413 nếu lớn hơn); ảnh tối đa 3 MiB. Phân tích camera giao thông ở `/api/v1/traffic` (thẻ `traffic`; lô phát hiện tối đa 32 MiB). Open311 GeoReport v2 được phục vụ tại `/open311/v2` (có đặc tả riêng); bản xuất FIWARE NGSI-v2 của một phản ánh ở `/api/v1/fiware/requests/{code}`.\n\n**English.** The JSON API of the field-report (urban order) service of Đắk Lắk province's Intelligent Operations Centre (IOC). Each district runs a node holding its own district's records; the provincial hub holds every district and filters with `?district=`. Staff authenticate with HTTP Basic (a staff account) or the web UI's `ioc_session` session cookie; missing or wrong credentials get 401. Public routes (categories, units, calendar, tracking by code, rating, signed webhooks, photos by hash) never return a reporter's contact details. Every write is validated whole before anything is stored: a refused request writes nothing. Errors these handlers answer always have the shape `{\"error\": {\"code\", \"message\", \"field\"}}`, messages in Vietnamese then English (the server's own 404 for an unknown path, and a 500, do not). Instants are Unix milliseconds; dates are `YYYY-MM-DD` in Vietnam time (UTC+07:00). JSON request bodies are limited to 256 KiB (413 beyond); photos to 3 MiB. Traffic camera analytics is at `/api/v1/traffic` (tag `traffic`; detection batches up to 32 MiB). Open311 GeoReport v2 is served at `/open311/v2` (described by its own specification); the FIWARE NGSI-v2 export of one request is at `/api/v1/fiware/requests/{code}`."
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
          "name": "traffic",
          "description": "Giao thông / traffic: camera analytics (detections, plate reads and signal phases are taken at the district node; the camera registry and the watch-list are edited at the hub)."
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
        "/api/v1/traffic/detections": {
          "post": {
            "operationId": "ingestTrafficDetections",
            "tags": [
              "traffic"
            ],
            "summary": "Send detections of a camera feed (node only)",
            "description": "Nhận kết quả phát hiện/bám đối tượng từ bộ phát hiện (YOLO…) và phân tích ngay / takes detector/tracker output and analyses it at once: counts, intervals, congestion, violations, watch-list hits. Two forms: the line format (`text/csv` or `text/plain`, one detection per line: `camera,time,track,class,x,y,w,h,confidence[,plate,plate_confidence,plate_crop,frame_ref]`, `time` in epoch ms or `f<frame>@<fps>`, blank lines and `#` comments ignored; any camera per line) and the JSON batch form (`application/json`, one camera). Without a `Content-Type` a body starting with `{` is read as JSON. A bad line is refused with its number and reason and never stops the rest. Batches up to 32 MiB (not the 256 KiB of other JSON bodies). Only a district node analyses its own district's active cameras; the hub answers 409 `node_only`.",
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
                "text/csv": {
                  "schema": {
                    "type": "string"
                  },
                  "example": "# camera,time,track,class,x,y,w,h,confidence,plate,plate_confidence,plate_crop,frame_ref\nbmt-le-duan-01,1717200000040,17,car,612.50,401.25,85.00,68.00,0.91\nbmt-le-duan-01,f1201@25,17,2,614.10,399.80,84.60,67.70,0.93,47A-123.45,0.82,,\n"
                },
                "text/plain": {
                  "schema": {
                    "type": "string",
                    "description": "The line format, as for `text/csv`."
                  }
                },
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/DetectionBatch"
                  }
                }
              }
            },
            "responses": {
              "200": {
                "description": "Đã phân tích / what was analysed and what was refused.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/IngestReport"
                    }
                  }
                }
              },
              "400": {
                "description": "JSON form only: the document as a whole is unusable (not JSON, no `camera` or `detections`, empty `camera`): `invalid_input`, `field: \"body\"`.",
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
              "409": {
                "$ref": "#/components/responses/NodeOnly"
              },
              "413": {
                "description": "Lô quá lớn / batch larger than 33554432 bytes (32 MiB) (`too_large`): send smaller batches.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "422": {
                "description": "Không phân tích được gì / nothing could be analysed: no detection accepted and some lines malformed or for cameras this node does not analyse. The body is the `IngestReport` (not the error shape), saying why.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/IngestReport"
                    }
                  }
                }
              }
            }
          }
        },
        "/api/v1/traffic/plates": {
          "post": {
            "operationId": "ingestPlateReads",
            "tags": [
              "traffic"
            ],
            "summary": "Send plate-reader results (node only)",
            "description": "Nhận kết quả đọc biển số / takes plate-reader results: OpenALPR / Rekor `alpr_results` and `alpr_group` documents, and Plate Recognizer results (Stream webhook `{\"data\": {…}}` or Snapshot response). Each read is attached to the track whose box holds it, checked against the watch-list (raising alerts) and kept as a sighting. A read naming no camera, or a camera this node does not analyse, is listed in the report, not failed. The hub answers 409 `node_only`.",
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
                "name": "camera",
                "in": "query",
                "required": false,
                "description": "Mã camera đã đăng ký / the registered camera id, when the reader's own `camera_id` is not it (overrides it for every read).",
                "schema": {
                  "$ref": "#/components/schemas/TrafficCameraID"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {
                  "schema": {
                    "type": "object",
                    "description": "An OpenALPR `alpr_results` / `alpr_group` document (`data_type`, `epoch_time` or `epoch_start`, `camera_id`, `results[]` with `plate`, `confidence` 0–100, `coordinates`) or a Plate Recognizer result (`camera_id`, `timestamp`, `results[]` with `plate`, `score` 0–1, `box`), optionally wrapped in `{\"data\": …}`."
                  }
                }
              }
            },
            "responses": {
              "200": {
                "description": "Đã nhận / what was taken: `accepted` counts reads, `alertsRaised` watch-list hits.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/IngestReport"
                    }
                  }
                }
              },
              "400": {
                "description": "Not a plate-reader document this server knows (`invalid_input`, `field: \"body\"`).",
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
              "409": {
                "$ref": "#/components/responses/NodeOnly"
              },
              "413": {
                "$ref": "#/components/responses/ContentTooLarge"
              }
            }
          }
        },
        "/api/v1/traffic/signals": {
          "post": {
            "operationId": "setTrafficSignalPhase",
            "tags": [
              "traffic"
            ],
            "summary": "Report a traffic-signal phase change (node only)",
            "description": "Báo pha đèn cho vạch dừng của camera / records a phase change of the camera's stop-line signal, used for red-light violations. The hub answers 409 `node_only`.",
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
                    "$ref": "#/components/schemas/SignalInput"
                  }
                }
              }
            },
            "responses": {
              "200": {
                "description": "Đã ghi nhận / the phase as recorded.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/SignalReceipt"
                    }
                  }
                }
              },
              "400": {
                "description": "Dữ liệu không hợp lệ / invalid input (`invalid_input`): `body`, `camera` (missing, or the camera has no stop line), `phase`; or the camera's geometry is unusable (`invalid_geometry`).",
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
              "404": {
                "description": "Camera chưa đăng ký / camera not registered (`not_found`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "409": {
                "description": "`node_only` at the hub; `camera_not_here` when the camera belongs to another district or is deactivated.",
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
              }
            }
          }
        },
        "/api/v1/traffic/ingest": {
          "get": {
            "operationId": "getTrafficIngestTotals",
            "tags": [
              "traffic"
            ],
            "summary": "Ingest totals of this node (node only)",
            "description": "Tổng số liệu đã nhận từ khi nút khởi động / the node's ingest totals since it started, in the `IngestReport` shape. The hub answers 409 `node_only`.",
            "security": [
              {
                "basicAuth": []
              },
              {
                "cookieAuth": []
              }
            ],
            "responses": {
              "200": {
                "description": "Tổng / the totals.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/IngestReport"
                    }
                  }
                }
              },
              "401": {
                "$ref": "#/components/responses/Unauthorized"
              },
              "409": {
                "$ref": "#/components/responses/NodeOnly"
              }
            }
          }
        },
        "/api/v1/traffic/cameras": {
          "get": {
            "operationId": "listTrafficCameras",
            "tags": [
              "traffic"
            ],
            "summary": "List cameras with their state",
            "description": "Danh sách camera / the registered cameras of this node's district (at the hub: every district, or `?district=`), each with its last synced state and, at its node, the live view.",
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
                "$ref": "#/components/parameters/TrafficDistrict"
              }
            ],
            "responses": {
              "200": {
                "description": "Camera / the cameras.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/TrafficCameraList"
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
        "/api/v1/traffic/cameras/{id}": {
          "get": {
            "operationId": "getTrafficCamera",
            "tags": [
              "traffic"
            ],
            "summary": "One camera with its flow intervals",
            "description": "Một camera và số liệu lưu lượng / one camera (any district) with its stored 5- or 15-minute intervals since `since` (default: the last 24 hours), oldest first.",
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
                "$ref": "#/components/parameters/CameraIDPath"
              },
              {
                "name": "period",
                "in": "query",
                "required": false,
                "description": "Độ dài khoảng / interval length, seconds: 300 or 900. Anything else: 400.",
                "schema": {
                  "type": "integer",
                  "enum": [
                    300,
                    900
                  ],
                  "default": 300
                }
              },
              {
                "$ref": "#/components/parameters/TrafficSince"
              }
            ],
            "responses": {
              "200": {
                "description": "Camera / the camera and its intervals.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/TrafficCameraDetail"
                    }
                  }
                }
              },
              "400": {
                "description": "`period` is not 300 or 900 (`invalid_input`, `field: \"period\"`).",
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
              "404": {
                "description": "Camera chưa đăng ký / camera not registered (`not_found`).",
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
          "put": {
            "operationId": "putTrafficCamera",
            "tags": [
              "traffic"
            ],
            "summary": "Register or replace a camera (hub only)",
            "description": "Đăng ký hoặc sửa camera; chỉ ở trung tâm tỉnh, các nút nhận qua đồng bộ / registers or replaces a camera; at the hub only, nodes receive it by sync (a node re-reads the registry and restarts the camera's analyzer when its geometry changed). Deactivate with `active: false` (there is no delete). `geometry.id` must equal the path's `id`.",
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
                "$ref": "#/components/parameters/CameraIDPath"
              }
            ],
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/RegisteredCamera"
                  }
                }
              }
            },
            "responses": {
              "200": {
                "description": "Đã lưu / the camera as stored.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/RegisteredCamera"
                    }
                  }
                }
              },
              "400": {
                "description": "Dữ liệu không hợp lệ / invalid input: `invalid_input` with `field` `body` (not a registered camera), `geometry.id` (differs from the path), `districtCode` or `name`; `invalid_geometry` with `field: \"geometry\"` (a line, zone, stop line or calibration is unusable, said which).",
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
        "/api/v1/traffic/events": {
          "get": {
            "operationId": "listTrafficEvents",
            "tags": [
              "traffic"
            ],
            "summary": "List traffic events",
            "description": "Sự kiện giao thông (ùn tắc, vi phạm), mới nhất trước / stored traffic events, newest first, with the total matching; every filter given must hold. A node lists its own district; the hub every district, or `?district=`.",
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
                "name": "camera",
                "in": "query",
                "required": false,
                "description": "Chỉ camera này / only this camera.",
                "schema": {
                  "$ref": "#/components/schemas/TrafficCameraID"
                }
              },
              {
                "name": "kind",
                "in": "query",
                "required": false,
                "description": "Chỉ loại này / only this event code (an unknown code matches nothing).",
                "schema": {
                  "$ref": "#/components/schemas/TrafficEventKind"
                }
              },
              {
                "name": "violations",
                "in": "query",
                "required": false,
                "description": "`true`: chỉ vi phạm / violations only. Any other value: no filter.",
                "schema": {
                  "type": "string",
                  "enum": [
                    "true",
                    "false"
                  ]
                }
              },
              {
                "name": "status",
                "in": "query",
                "required": false,
                "description": "Chỉ trạng thái này / only this review state; anything else: 400.",
                "schema": {
                  "$ref": "#/components/schemas/TrafficEventStatus"
                }
              },
              {
                "name": "plate",
                "in": "query",
                "required": false,
                "description": "Chỉ biển số này / only events of this plate (any spelling: `47A-123.45`, `47A12345`); no letter or digit: 400.",
                "schema": {
                  "type": "string"
                }
              },
              {
                "name": "from",
                "in": "query",
                "required": false,
                "description": "Từ (gồm) / from this instant, Unix ms, inclusive. Not an integer: ignored.",
                "schema": {
                  "$ref": "#/components/schemas/UnixMillis"
                }
              },
              {
                "name": "to",
                "in": "query",
                "required": false,
                "description": "Đến (không gồm) / until this instant, Unix ms, exclusive. Not an integer: ignored.",
                "schema": {
                  "$ref": "#/components/schemas/UnixMillis"
                }
              },
              {
                "$ref": "#/components/parameters/Limit"
              },
              {
                "$ref": "#/components/parameters/Offset"
              },
              {
                "$ref": "#/components/parameters/TrafficDistrict"
              }
            ],
            "responses": {
              "200": {
                "description": "Sự kiện / the page of events.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/TrafficEventList"
                    }
                  }
                }
              },
              "400": {
                "description": "Dữ liệu không hợp lệ / invalid input (`invalid_input`): `limit`/`offset` out of range, `field: \"status\"` or `field: \"plate\"`.",
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
        "/api/v1/traffic/events/{id}": {
          "get": {
            "operationId": "getTrafficEvent",
            "tags": [
              "traffic"
            ],
            "summary": "One traffic event",
            "description": "Một sự kiện giao thông với chứng cứ / one traffic event with its evidence and review state.",
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
                "$ref": "#/components/parameters/TrafficEventID"
              }
            ],
            "responses": {
              "200": {
                "description": "Sự kiện / the event.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/TrafficEvent"
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
                "description": "Không có sự kiện này / no event with this id (`not_found`).",
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
        "/api/v1/traffic/events/{id}/case": {
          "post": {
            "operationId": "openTrafficEventCase",
            "tags": [
              "traffic"
            ],
            "summary": "Open a field-report case for a violation",
            "description": "Mở vụ việc (phản ánh hiện trường) từ vi phạm / opens a field-report case for a violation, with the evidence in its description, and marks the event `case_opened`. Idempotent: repeating it answers 200 with the case already opened (`duplicate: true`).",
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
                "$ref": "#/components/parameters/TrafficEventID"
              }
            ],
            "requestBody": {
              "required": false,
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/TrafficCaseInput"
                  }
                }
              }
            },
            "responses": {
              "200": {
                "description": "Đã mở trước đó / the case already opened for this event (`duplicate: true`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/TrafficCaseReceipt"
                    }
                  }
                }
              },
              "201": {
                "description": "Đã mở vụ việc / the case was opened.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/TrafficCaseReceipt"
                    }
                  }
                }
              },
              "400": {
                "description": "Dữ liệu không hợp lệ / invalid input (`invalid_input`): `id` not a UUID, `body` not a JSON object, or `category` refused by intake.",
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
              "404": {
                "description": "Không có sự kiện này / no event with this id (`not_found`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "409": {
                "description": "Không mở được / the event is not a violation, or was dismissed (`conflict`).",
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
        "/api/v1/traffic/events/{id}/dismiss": {
          "post": {
            "operationId": "dismissTrafficEvent",
            "tags": [
              "traffic"
            ],
            "summary": "Dismiss a violation",
            "description": "Bỏ qua vi phạm sau khi xem xét / marks a violation as reviewed and not pursued (`dismissed`), with an optional reason.",
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
                "$ref": "#/components/parameters/TrafficEventID"
              }
            ],
            "requestBody": {
              "required": false,
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/TrafficDismissInput"
                  }
                }
              }
            },
            "responses": {
              "200": {
                "description": "Đã bỏ qua / dismissed.",
                "content": {
                  "application/json": {
                    "schema": {
                      "type": "object",
                      "required": [
                        "status"
                      ],
                      "properties": {
                        "status": {
                          "type": "string",
                          "const": "dismissed"
                        }
                      }
                    }
                  }
                }
              },
              "400": {
                "description": "`id` not a UUID, or `body` not a JSON object (`invalid_input`).",
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
              "404": {
                "description": "Không có sự kiện này / no event with this id (`not_found`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "409": {
                "description": "Đã mở vụ việc / a case is already open for it (`conflict`).",
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
        "/api/v1/traffic/alerts": {
          "get": {
            "operationId": "listPlateAlerts",
            "tags": [
              "traffic"
            ],
            "summary": "List watch-list alerts",
            "description": "Cảnh báo biển số theo dõi, mới nhất trước / watch-list alerts, newest first, at most 50. A node lists its own district; the hub every district, or `?district=`.",
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
                "name": "open",
                "in": "query",
                "required": false,
                "description": "`true`: chỉ cảnh báo chưa xác nhận / unacknowledged alerts only. Any other value: no filter.",
                "schema": {
                  "type": "string",
                  "enum": [
                    "true",
                    "false"
                  ]
                }
              },
              {
                "$ref": "#/components/parameters/TrafficDistrict"
              }
            ],
            "responses": {
              "200": {
                "description": "Cảnh báo / the alerts.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/PlateAlertList"
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
        "/api/v1/traffic/alerts/{id}/ack": {
          "post": {
            "operationId": "acknowledgePlateAlert",
            "tags": [
              "traffic"
            ],
            "summary": "Acknowledge a watch-list alert",
            "description": "Xác nhận đã xem cảnh báo / marks a watch-list alert acknowledged. No body.",
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
                "$ref": "#/components/parameters/PlateAlertID"
              }
            ],
            "responses": {
              "200": {
                "description": "Đã xác nhận / acknowledged.",
                "content": {
                  "application/json": {
                    "schema": {
                      "type": "object",
                      "required": [
                        "acknowledged"
                      ],
                      "properties": {
                        "acknowledged": {
                          "type": "boolean",
                          "const": true
                        }
                      }
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
                "description": "Không có cảnh báo này / no alert with this id (`not_found`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "409": {
                "description": "Không ghi được / the write was refused (`conflict`).",
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
        "/api/v1/traffic/plates/{plate}": {
          "get": {
            "operationId": "tracePlate",
            "tags": [
              "traffic"
            ],
            "summary": "Sightings and route of a plate",
            "description": "Truy vết biển số / every sighting of a plate known here (exact reads and look-alike misreads, O/0, I/1, B/8), oldest first, ordered into a route across cameras (hops, distances, implied speeds, impossible hops that suggest a cloned plate), and its active watch-list entry.",
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
                "$ref": "#/components/parameters/PlatePath"
              }
            ],
            "responses": {
              "200": {
                "description": "Hành trình / the trace.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/PlateTrace"
                    }
                  }
                }
              },
              "400": {
                "description": "Biển số không hợp lệ / not a plate: no letter or digit (`invalid_input`, `field: \"plate\"`).",
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
        "/api/v1/traffic/watchlist": {
          "get": {
            "operationId": "listWatchlist",
            "tags": [
              "traffic"
            ],
            "summary": "The watch-list",
            "description": "Danh sách biển số theo dõi / every plate under watch, ordered by plate key (an expired entry stays listed, no longer matching, until removed).",
            "security": [
              {
                "basicAuth": []
              },
              {
                "cookieAuth": []
              }
            ],
            "responses": {
              "200": {
                "description": "Danh sách / the entries.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Watchlist"
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
        "/api/v1/traffic/watchlist/{plate}": {
          "put": {
            "operationId": "watchPlate",
            "tags": [
              "traffic"
            ],
            "summary": "Put a plate under watch (hub only)",
            "description": "Thêm hoặc sửa biển số theo dõi; chỉ ở trung tâm tỉnh, các nút nhận qua đồng bộ / adds or replaces a watch-list entry; at the hub only, nodes receive it by sync and raise alerts when a camera reads the plate (or a look-alike misread).",
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
                "$ref": "#/components/parameters/PlatePath"
              }
            ],
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/WatchlistInput"
                  }
                }
              }
            },
            "responses": {
              "200": {
                "description": "Đã lưu / the entry as stored.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/WatchlistEntry"
                    }
                  }
                }
              },
              "400": {
                "description": "Dữ liệu không hợp lệ / invalid input (`invalid_input`): `body` (empty or not a JSON object), `plate` (not a Vietnamese plate), `reason` (missing or empty).",
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
          },
          "delete": {
            "operationId": "unwatchPlate",
            "tags": [
              "traffic"
            ],
            "summary": "Remove a plate from the watch-list (hub only)",
            "description": "Bỏ theo dõi biển số; chỉ ở trung tâm tỉnh / removes a plate from the watch-list; at the hub only.",
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
                "$ref": "#/components/parameters/PlatePath"
              }
            ],
            "responses": {
              "204": {
                "description": "Đã bỏ / removed."
              },
              "400": {
                "description": "Biển số không hợp lệ / not a plate (`invalid_input`, `field: \"plate\"`).",
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
              "404": {
                "description": "Biển số không có trong danh sách / the plate is not on the watch-list (`not_found`).",
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
        "/api/v1/traffic/fiware/TrafficFlowObserved": {
          "get": {
            "operationId": "exportFiwareTrafficFlowObserved",
            "tags": [
              "traffic",
              "interop"
            ],
            "summary": "Export a camera's flow intervals as FIWARE TrafficFlowObserved entities",
            "description": "Xuất lưu lượng dạng FIWARE NGSI-LD / a camera's stored intervals (`period` 300 or 900 s, otherwise 400) since `since` (default: the last hour) as Smart Data Models `TrafficFlowObserved` entities, NGSI-LD key-values, in time order, ready for a context broker. Lane entities carry `laneId`: the lane index the camera's geometry declares.",
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
                "name": "camera",
                "in": "query",
                "required": true,
                "description": "Mã camera / the camera id.",
                "schema": {
                  "$ref": "#/components/schemas/TrafficCameraID"
                }
              },
              {
                "name": "period",
                "in": "query",
                "required": false,
                "description": "Độ dài khoảng / interval length, seconds (300 or 900; other values find nothing). Not an integer: 300.",
                "schema": {
                  "type": "integer",
                  "enum": [
                    300,
                    900
                  ],
                  "default": 300
                }
              },
              {
                "$ref": "#/components/parameters/TrafficSince"
              }
            ],
            "responses": {
              "200": {
                "description": "Thực thể / the entities.",
                "content": {
                  "application/ld+json": {
                    "schema": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/FiwareTrafficFlowObserved"
                      }
                    }
                  }
                }
              },
              "400": {
                "description": "Thiếu `camera` / `camera` is required (`invalid_input`, `field: \"camera\"`).",
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
              "404": {
                "description": "Camera chưa đăng ký / camera not registered (`not_found`).",
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
        "/api/v1/traffic/fiware/Alert": {
          "get": {
            "operationId": "exportFiwareTrafficAlerts",
            "tags": [
              "traffic",
              "interop"
            ],
            "summary": "Export traffic events as FIWARE Alert entities",
            "description": "Xuất sự kiện giao thông dạng FIWARE NGSI-LD / traffic events since `since` (default: the last 24 hours; at most the newest 1000) as Smart Data Models `Alert` entities, NGSI-LD key-values, oldest first. Events of cameras no longer registered, or of kinds this version does not know, are left out. A node exports its own district; the hub every district, or `?district=`.",
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
                "name": "since",
                "in": "query",
                "required": false,
                "description": "Từ thời điểm / events at or after this instant, Unix ms. Missing or not an integer: 24 hours ago.",
                "schema": {
                  "$ref": "#/components/schemas/UnixMillis"
                }
              },
              {
                "$ref": "#/components/parameters/TrafficDistrict"
              }
            ],
            "responses": {
              "200": {
                "description": "Thực thể / the entities.",
                "content": {
                  "application/ld+json": {
                    "schema": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/FiwareAlert"
                      }
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
          },
          "TrafficEventID": {
            "name": "id",
            "in": "path",
            "required": true,
            "description": "Mã sự kiện giao thông (UUID) / the traffic event id (UUID). Anything else answers 400 with `field: \"id\"`.",
            "schema": {
              "$ref": "#/components/schemas/UUID"
            }
          },
          "PlateAlertID": {
            "name": "id",
            "in": "path",
            "required": true,
            "description": "Mã cảnh báo biển số (UUID) / the watch-list alert id (UUID). Anything else answers 400 with `field: \"id\"`.",
            "schema": {
              "$ref": "#/components/schemas/UUID"
            }
          },
          "CameraIDPath": {
            "name": "id",
            "in": "path",
            "required": true,
            "description": "Mã camera / the camera id as registered, e.g. `bmt-le-duan-01`.",
            "schema": {
              "$ref": "#/components/schemas/TrafficCameraID"
            }
          },
          "PlatePath": {
            "name": "plate",
            "in": "path",
            "required": true,
            "description": "Biển số / a plate as read, percent-encoded when needed: `47A-123.45`, `47a 123 45` and `47A12345` are the same plate. A value with no letter or digit answers 400 with `field: \"plate\"`.",
            "schema": {
              "type": "string",
              "examples": [
                "47A-123.45",
                "47A12345"
              ]
            }
          },
          "TrafficDistrict": {
            "name": "district",
            "in": "query",
            "required": false,
            "description": "Chỉ ở trung tâm tỉnh: chỉ huyện này / at the hub: only this district (GSO code, e.g. `643`). A node ignores it and answers its own district only.",
            "schema": {
              "type": "string",
              "examples": [
                "643"
              ]
            }
          },
          "TrafficSince": {
            "name": "since",
            "in": "query",
            "required": false,
            "description": "Từ thời điểm (mili giây Unix) / from this instant, Unix ms (intervals starting at or after it). Missing or not an integer: the default.",
            "schema": {
              "$ref": "#/components/schemas/UnixMillis"
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
          },
          "NodeOnly": {
            "description": "Trung tâm tỉnh không phân tích camera / the hub does not analyse cameras (`node_only`): send detections, plate reads and signal phases to the district node.",
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
                    "description": "Machine-readable kind. `invalid_input` (400), `unauthenticated` (401), `bad_signature` (401, webhooks), `out_of_scope` (403), `hub_only` (403), `not_found` (404), `conflict` (409), `too_large` (413), `storage` (503), `webhooks_off` (503), `invalid_attachment` (400, or 507 when the photo store fails). Traffic routes add `invalid_geometry` (400, a camera's geometry is unusable), `node_only` (409, the hub does not analyse cameras), `camera_not_here` (409, the camera belongs to another district or is deactivated).",
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
                      "invalid_attachment",
                      "invalid_geometry",
                      "node_only",
                      "camera_not_here"
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
          },
          "TrafficCameraID": {
            "type": "string",
            "description": "Mã camera / a camera id: non-empty, no comma, no `\"`, no line break.",
            "examples": [
              "bmt-le-duan-01"
            ]
          },
          "VehicleClass": {
            "type": "string",
            "description": "Loại phương tiện / road-user class: xe máy, xe đạp, ô tô con, xe khách, xe tải, người đi bộ. Detections may also say `motorcycle`, `person` or a COCO id (see `POST /api/v1/traffic/detections`); answers always use these names.",
            "enum": [
              "motorbike",
              "bicycle",
              "car",
              "bus",
              "truck",
              "pedestrian"
            ]
          },
          "VehicleClassCounts": {
            "type": "object",
            "description": "Số lượt theo loại phương tiện / counts keyed by `VehicleClass` name; classes with no count may be absent.",
            "propertyNames": {
              "$ref": "#/components/schemas/VehicleClass"
            },
            "additionalProperties": {
              "type": "integer",
              "minimum": 0
            },
            "examples": [
              {
                "car": 12,
                "motorbike": 85
              }
            ]
          },
          "CongestionLevel": {
            "type": "string",
            "description": "Mức ùn tắc, từ tốt đến xấu / traffic state from best to worst: thông thoáng, đông xe, đông đúc di chuyển chậm, ùn tắc, ùn tắc nghiêm trọng (xe đứng yên).",
            "enum": [
              "freeFlow",
              "light",
              "heavy",
              "congested",
              "stationary"
            ]
          },
          "SignalPhase": {
            "type": "string",
            "description": "Pha đèn tín hiệu / traffic-signal phase; `unknown` until a phase was received (never treated as red).",
            "enum": [
              "green",
              "amber",
              "red",
              "unknown"
            ]
          },
          "CrossingDirection": {
            "type": "string",
            "description": "Hướng cắt vạch / the side-to-side direction a road user crossed a line `start → end`, as seen standing on `start` looking at `end` (image `y` grows downwards).",
            "enum": [
              "leftToRight",
              "rightToLeft"
            ]
          },
          "PixelPoint": {
            "type": "object",
            "description": "Điểm trên ảnh / an image point in pixels, origin at the top-left corner, `y` downwards.",
            "required": [
              "x",
              "y"
            ],
            "properties": {
              "x": {
                "type": "number",
                "description": "Pixels to the right of the top-left corner."
              },
              "y": {
                "type": "number",
                "description": "Pixels down from the top-left corner."
              }
            }
          },
          "PixelSize": {
            "type": "object",
            "description": "Kích thước ảnh / image size in pixels.",
            "required": [
              "width",
              "height"
            ],
            "properties": {
              "width": {
                "type": "number",
                "exclusiveMinimum": 0
              },
              "height": {
                "type": "number",
                "exclusiveMinimum": 0
              }
            }
          },
          "PixelVector": {
            "type": "object",
            "description": "Hướng trên ảnh / a direction in image pixels (same axes as `PixelPoint`); only its direction matters.",
            "required": [
              "dx",
              "dy"
            ],
            "properties": {
              "dx": {
                "type": "number"
              },
              "dy": {
                "type": "number"
              }
            }
          },
          "GeoPosition": {
            "type": "object",
            "description": "Toạ độ WGS-84 / a WGS-84 position in decimal degrees.",
            "required": [
              "latitude",
              "longitude"
            ],
            "properties": {
              "latitude": {
                "type": "number",
                "minimum": -90,
                "maximum": 90
              },
              "longitude": {
                "type": "number",
                "minimum": -180,
                "maximum": 180
              }
            }
          },
          "GroundPoint": {
            "type": "object",
            "description": "Điểm trên mặt đường / a point on the road plane in metres, in the camera's ground frame: origin below the camera, `forwardMetres` along its heading, `rightMetres` 90° clockwise from it.",
            "required": [
              "rightMetres",
              "forwardMetres"
            ],
            "properties": {
              "rightMetres": {
                "type": "number",
                "description": "Metres to the right of the camera heading."
              },
              "forwardMetres": {
                "type": "number",
                "description": "Metres along the camera heading."
              }
            }
          },
          "AllowedDirection": {
            "description": "Hướng được phép qua vạch đếm / which crossings of a counting line are lawful (the others are wrong-way): `\"both\"` (two-way, nothing is wrong-way), `\"leftToRight\"`, `\"rightToLeft\"`, or `{\"along\": {\"dx\": …, \"dy\": …}}` (lawful traffic moves along this `PixelVector`; must not be parallel to the line).",
            "oneOf": [
              {
                "type": "string",
                "enum": [
                  "both",
                  "leftToRight",
                  "rightToLeft"
                ]
              },
              {
                "type": "object",
                "required": [
                  "along"
                ],
                "additionalProperties": false,
                "properties": {
                  "along": {
                    "$ref": "#/components/schemas/PixelVector"
                  }
                }
              }
            ],
            "examples": [
              "both",
              {
                "along": {
                  "dx": 0,
                  "dy": -1
                }
              }
            ]
          },
          "ZoneKind": {
            "type": "object",
            "description": "Ý nghĩa của vùng / what a zone means. A Swift enum in its `Codable` form, an object with exactly one key: `{\"lane\": {\"index\": 0, \"travelDirection\": {\"dx\": …, \"dy\": …}}}` (a lane: aggregates per lane, wrong-way against `travelDirection`), `{\"noStopping\": {\"maxDwellSeconds\": 60}}` (no stopping: a road user inside this long is reported once), `{\"sidewalk\": {\"encroachmentSeconds\": 3}}` (pavement: a vehicle inside this long is reported once).",
            "minProperties": 1,
            "maxProperties": 1,
            "examples": [
              {
                "lane": {
                  "index": 0,
                  "travelDirection": {
                    "dx": 0,
                    "dy": -1
                  }
                }
              },
              {
                "noStopping": {
                  "maxDwellSeconds": 60
                }
              },
              {
                "sidewalk": {
                  "encroachmentSeconds": 3
                }
              }
            ]
          },
          "CountingLine": {
            "type": "object",
            "description": "Vạch đếm / a directed counting line in the image; crossings are counted by class and `CrossingDirection`. At least 1 px long, inside the image.",
            "required": [
              "name",
              "start",
              "end",
              "allowedDirection"
            ],
            "properties": {
              "name": {
                "type": "string",
                "description": "Unique within the camera; the aggregate subject."
              },
              "start": {
                "$ref": "#/components/schemas/PixelPoint"
              },
              "end": {
                "$ref": "#/components/schemas/PixelPoint"
              },
              "allowedDirection": {
                "$ref": "#/components/schemas/AllowedDirection"
              }
            }
          },
          "Zone": {
            "type": "object",
            "description": "Vùng trên ảnh / a polygon in the image with a meaning (`ZoneKind`).",
            "required": [
              "name",
              "polygon",
              "inverted",
              "kind"
            ],
            "properties": {
              "name": {
                "type": "string",
                "description": "Unique within the camera; a lane's name is its aggregate subject."
              },
              "polygon": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/PixelPoint"
                },
                "description": "Vertices in order (either winding), at least 3, closed implicitly, not self-intersecting, inside the image."
              },
              "inverted": {
                "type": "boolean",
                "description": "`true`: a road user counts as inside when its anchor (box bottom-centre) is outside the polygon."
              },
              "classes": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/VehicleClass"
                },
                "uniqueItems": true,
                "minItems": 1,
                "description": "Only these classes are considered; absent means all."
              },
              "kind": {
                "$ref": "#/components/schemas/ZoneKind"
              }
            }
          },
          "FourPointCalibration": {
            "type": "object",
            "description": "Hiệu chỉnh bốn điểm / four image points and the ground points they show; no three of either set collinear.",
            "required": [
              "imagePoints",
              "groundPoints"
            ],
            "properties": {
              "imagePoints": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/PixelPoint"
                },
                "description": "Four image points."
              },
              "groundPoints": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/GroundPoint"
                },
                "description": "The four ground points (metres) they show, same order."
              }
            }
          },
          "TwoLineCalibration": {
            "type": "object",
            "description": "Hiệu chỉnh hai vạch / calibration from two horizontal image lines a known distance apart along the road.",
            "required": [
              "nearLineY",
              "farLineY",
              "distanceMetres",
              "roadAxisX",
              "laneWidthMetres",
              "laneWidthPixelsAtNearLine",
              "nearLineForwardMetres"
            ],
            "properties": {
              "nearLineY": {
                "type": "number",
                "description": "Image row of the near (lower) line, pixels."
              },
              "farLineY": {
                "type": "number",
                "description": "Image row of the far (upper) line, pixels; above `nearLineY`."
              },
              "distanceMetres": {
                "type": "number",
                "description": "Distance along the road between the two lines, metres."
              },
              "horizonY": {
                "type": "number",
                "description": "Image row of the road's vanishing point; absent: linear model (short, nearly top-down views only)."
              },
              "roadAxisX": {
                "type": "number",
                "description": "Image column the road runs along."
              },
              "laneWidthMetres": {
                "type": "number"
              },
              "laneWidthPixelsAtNearLine": {
                "type": "number"
              },
              "nearLineForwardMetres": {
                "type": "number",
                "description": "The near line's distance from the camera's foot, metres (map positions only)."
              }
            }
          },
          "Calibration": {
            "type": "object",
            "description": "Hiệu chỉnh ảnh → mặt đất / how pixels map to ground metres; needed for speeds, lane wrong-way, space occupancy and map positions: `{\"fourPoint\": FourPointCalibration}` or `{\"twoLine\": TwoLineCalibration}`.",
            "minProperties": 1,
            "maxProperties": 1,
            "additionalProperties": false,
            "properties": {
              "fourPoint": {
                "$ref": "#/components/schemas/FourPointCalibration"
              },
              "twoLine": {
                "$ref": "#/components/schemas/TwoLineCalibration"
              }
            },
            "examples": [
              {
                "twoLine": {
                  "nearLineY": 900,
                  "farLineY": 500,
                  "distanceMetres": 30,
                  "horizonY": 200,
                  "roadAxisX": 960,
                  "laneWidthMetres": 3.5,
                  "laneWidthPixelsAtNearLine": 420,
                  "nearLineForwardMetres": 12
                }
              }
            ]
          },
          "StopLine": {
            "type": "object",
            "description": "Vạch dừng của nút có đèn / the stop line of a signalised approach: crossing it in `crossingDirection` on red is a red-light violation.",
            "required": [
              "name",
              "start",
              "end",
              "crossingDirection",
              "signalInput"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "start": {
                "$ref": "#/components/schemas/PixelPoint"
              },
              "end": {
                "$ref": "#/components/schemas/PixelPoint"
              },
              "crossingDirection": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/CrossingDirection"
                  }
                ],
                "description": "The direction approaching traffic crosses the line in."
              },
              "signalInput": {
                "type": "string",
                "description": "Name of the signal-phase input (non-empty); phases arrive through `POST /api/v1/traffic/signals`."
              }
            }
          },
          "CameraGeometry": {
            "type": "object",
            "description": "Hình học camera / everything the analyzer needs about one camera. Names of lines, zones and the stop line are unique within the camera; every point lies inside the image.",
            "required": [
              "id",
              "districtCode",
              "position",
              "headingDegrees",
              "streamReference",
              "imageSize",
              "countingLines",
              "zones",
              "speedLimitKmh"
            ],
            "properties": {
              "id": {
                "$ref": "#/components/schemas/TrafficCameraID"
              },
              "districtCode": {
                "type": "string",
                "description": "GSO district code, 3 digits, e.g. `643` (Buôn Ma Thuột).",
                "pattern": "^[0-9]{3}$",
                "examples": [
                  "643"
                ]
              },
              "position": {
                "$ref": "#/components/schemas/GeoPosition"
              },
              "headingDegrees": {
                "type": "number",
                "description": "Degrees clockwise from true north the camera looks along, 0 ≤ h < 360.",
                "minimum": 0,
                "exclusiveMaximum": 360
              },
              "streamReference": {
                "type": "string",
                "description": "Where the video comes from (RTSP path, recorder channel…); opaque to the analyzer."
              },
              "imageSize": {
                "$ref": "#/components/schemas/PixelSize"
              },
              "countingLines": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/CountingLine"
                }
              },
              "zones": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Zone"
                }
              },
              "calibration": {
                "$ref": "#/components/schemas/Calibration"
              },
              "speedLimitKmh": {
                "type": "number",
                "description": "Tốc độ giới hạn / speed limit, km/h.",
                "exclusiveMinimum": 0
              },
              "freeFlowSpeedKmh": {
                "type": "number",
                "description": "Free-flow speed for congestion, km/h; absent: the speed limit.",
                "exclusiveMinimum": 0
              },
              "stopLine": {
                "$ref": "#/components/schemas/StopLine"
              }
            }
          },
          "RegisteredCamera": {
            "type": "object",
            "description": "Camera đã đăng ký / a camera as the province registers it.",
            "required": [
              "geometry",
              "name",
              "active"
            ],
            "properties": {
              "geometry": {
                "$ref": "#/components/schemas/CameraGeometry"
              },
              "name": {
                "type": "string",
                "description": "Tên hiển thị / display name (non-empty).",
                "examples": [
                  "Ngã sáu Ban Mê – Lê Duẩn"
                ]
              },
              "active": {
                "type": "boolean",
                "description": "`false`: the camera keeps its history but its detections are refused."
              }
            }
          },
          "CameraLiveState": {
            "type": "object",
            "description": "Trạng thái camera do nút báo về (đồng bộ lên tỉnh) / a camera's state as its node reports it, replicated to the hub.",
            "required": [
              "camera",
              "congestion",
              "congestionSinceMillis",
              "countsByClass",
              "forecast",
              "updatedMillis"
            ],
            "properties": {
              "camera": {
                "$ref": "#/components/schemas/TrafficCameraID"
              },
              "congestion": {
                "$ref": "#/components/schemas/CongestionLevel"
              },
              "congestionSinceMillis": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/UnixMillis"
                  }
                ],
                "description": "Since when the camera has been at this level."
              },
              "lastDetectionMillis": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/UnixMillis"
                  }
                ],
                "description": "Time of the latest detection analysed."
              },
              "flowVehiclesPerHour": {
                "type": "number",
                "description": "Flow of the latest closed 30-second interval, veh/h (sum over lanes, or the first line)."
              },
              "meanSpeedKmh": {
                "type": "number"
              },
              "countsByClass": {
                "type": "object",
                "additionalProperties": {
                  "type": "integer"
                },
                "description": "Crossings of the camera's first counting line since the node started counting, by class name."
              },
              "forecast": {
                "type": "object",
                "additionalProperties": {
                  "type": "number"
                },
                "description": "Forecast flow, veh/h, keyed by minutes ahead (`15`, `30`, `60`)."
              },
              "updatedMillis": {
                "$ref": "#/components/schemas/UnixMillis"
              }
            }
          },
          "LineCounts": {
            "type": "object",
            "description": "Lượt qua một vạch đếm từ khi bắt đầu phân tích / crossings of one counting line since the analyzer started, by direction and class.",
            "required": [
              "line",
              "leftToRight",
              "rightToLeft"
            ],
            "properties": {
              "line": {
                "type": "string"
              },
              "leftToRight": {
                "$ref": "#/components/schemas/VehicleClassCounts"
              },
              "rightToLeft": {
                "$ref": "#/components/schemas/VehicleClassCounts"
              }
            }
          },
          "AggregateSubject": {
            "type": "object",
            "description": "Đối tượng thống kê / what an interval describes. A Swift enum in its `Codable` form, an object with exactly one key: `{\"line\": {\"name\": …}}` or `{\"lane\": {\"name\": …, \"index\": …}}`.",
            "minProperties": 1,
            "maxProperties": 1,
            "examples": [
              {
                "line": {
                  "name": "L1"
                }
              },
              {
                "lane": {
                  "name": "lane-1",
                  "index": 0
                }
              }
            ]
          },
          "IntervalAggregate": {
            "type": "object",
            "description": "Số liệu một vạch hoặc làn trong một khoảng thời gian / measures of one counting line or lane over one aligned interval (here the live 30-second ones). Absent measures had no data.",
            "required": [
              "cameraID",
              "subject",
              "period",
              "startMillis",
              "endMillis",
              "durationSeconds",
              "coveredMillis",
              "countsByClass",
              "vehicleCount",
              "flowVehiclesPerHour"
            ],
            "properties": {
              "cameraID": {
                "$ref": "#/components/schemas/TrafficCameraID"
              },
              "subject": {
                "$ref": "#/components/schemas/AggregateSubject"
              },
              "period": {
                "type": "string",
                "enum": [
                  "thirtySeconds",
                  "fiveMinutes",
                  "fifteenMinutes"
                ]
              },
              "startMillis": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/UnixMillis"
                  }
                ],
                "description": "Interval start, aligned to the period since the epoch."
              },
              "endMillis": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "durationSeconds": {
                "type": "number",
                "description": "Length of the interval (the period), seconds."
              },
              "coveredMillis": {
                "type": "integer",
                "description": "The part of the interval the analyzer saw, ms.",
                "format": "int64"
              },
              "countsByClass": {
                "$ref": "#/components/schemas/VehicleClassCounts"
              },
              "leftToRightCount": {
                "type": "integer",
                "description": "Lines only."
              },
              "rightToLeftCount": {
                "type": "integer",
                "description": "Lines only."
              },
              "vehicleCount": {
                "type": "integer",
                "description": "Vehicles (pedestrians excluded)."
              },
              "flowVehiclesPerHour": {
                "type": "number",
                "description": "Vehicles per hour of covered time."
              },
              "occupancy": {
                "type": "number",
                "description": "Lanes only: fraction 0…1 of covered time a road user was in the lane."
              },
              "meanSpeedKmh": {
                "type": "number"
              },
              "speed85thPercentileKmh": {
                "type": "number"
              },
              "meanHeadwaySeconds": {
                "type": "number"
              }
            }
          },
          "ForecastModel": {
            "type": "string",
            "description": "Tên mô hình dự báo / forecasting model.",
            "examples": [
              "persistence",
              "time-of-week-average",
              "holt-winters-additive"
            ]
          },
          "ForecastHorizon": {
            "type": "integer",
            "description": "Minutes ahead.",
            "enum": [
              15,
              30,
              60
            ]
          },
          "FlowForecast": {
            "type": "object",
            "description": "Một dự báo lưu lượng / one flow forecast as issued.",
            "required": [
              "model",
              "horizon",
              "issuedAfterIntervalStartMillis",
              "targetIntervalStartMillis",
              "vehPerHour"
            ],
            "properties": {
              "model": {
                "$ref": "#/components/schemas/ForecastModel"
              },
              "horizon": {
                "$ref": "#/components/schemas/ForecastHorizon"
              },
              "issuedAfterIntervalStartMillis": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/UnixMillis"
                  }
                ],
                "description": "Start of the last interval observed when the forecast was issued."
              },
              "targetIntervalStartMillis": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/UnixMillis"
                  }
                ],
                "description": "Start of the interval forecast."
              },
              "vehPerHour": {
                "type": "number",
                "description": "Predicted flow, veh/h.",
                "minimum": 0
              }
            }
          },
          "ForecastAccuracy": {
            "type": "object",
            "description": "Độ chính xác dự báo / running error totals of one model at one horizon.",
            "required": [
              "model",
              "horizon",
              "count",
              "absoluteErrorSumVehPerHour",
              "percentageCount",
              "absolutePercentageErrorSumPercent"
            ],
            "properties": {
              "model": {
                "$ref": "#/components/schemas/ForecastModel"
              },
              "horizon": {
                "$ref": "#/components/schemas/ForecastHorizon"
              },
              "count": {
                "type": "integer",
                "description": "Forecasts scored against an actual value."
              },
              "absoluteErrorSumVehPerHour": {
                "type": "number",
                "description": "Sum of absolute errors, veh/h; MAE = this / `count`."
              },
              "percentageCount": {
                "type": "integer",
                "description": "Forecasts scored for MAPE (actual above 0)."
              },
              "absolutePercentageErrorSumPercent": {
                "type": "number",
                "description": "Sum of absolute percentage errors; MAPE = this / `percentageCount`."
              }
            }
          },
          "LiveCamera": {
            "type": "object",
            "description": "Trạng thái trực tiếp trong bộ phân tích của nút / the camera inside the node's engine right now.",
            "required": [
              "camera",
              "congestion",
              "congestionSinceMillis",
              "detectionsAnalysed",
              "lateDetections",
              "activeTracks",
              "idSwitchesBridged",
              "lineCounts",
              "recent",
              "forecasts",
              "accuracy"
            ],
            "properties": {
              "camera": {
                "$ref": "#/components/schemas/TrafficCameraID"
              },
              "congestion": {
                "$ref": "#/components/schemas/CongestionLevel"
              },
              "congestionSinceMillis": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "lastDetectionMillis": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "detectionsAnalysed": {
                "type": "integer"
              },
              "lateDetections": {
                "type": "integer"
              },
              "activeTracks": {
                "type": "integer"
              },
              "idSwitchesBridged": {
                "type": "integer"
              },
              "lineCounts": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/LineCounts"
                }
              },
              "recent": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/IntervalAggregate"
                },
                "description": "The latest 30-second intervals, oldest first."
              },
              "forecasts": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/FlowForecast"
                },
                "description": "Forecasts of every model with enough history."
              },
              "accuracy": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/ForecastAccuracy"
                },
                "description": "Each model's accuracy so far, per horizon."
              }
            }
          },
          "TrafficCamera": {
            "type": "object",
            "description": "Camera trong câu trả lời / a camera: its registration, last synced state and, at its node, the live view.",
            "required": [
              "camera"
            ],
            "properties": {
              "camera": {
                "$ref": "#/components/schemas/RegisteredCamera"
              },
              "state": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/CameraLiveState"
                  }
                ],
                "description": "The last state synced; absent before the node reported one."
              },
              "live": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/LiveCamera"
                  }
                ],
                "description": "At the camera's node while it is under analysis; never at the hub."
              }
            }
          },
          "TrafficCameraList": {
            "type": "object",
            "required": [
              "items"
            ],
            "properties": {
              "items": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/TrafficCamera"
                }
              }
            }
          },
          "FlowInterval": {
            "type": "object",
            "description": "Số liệu 5 hoặc 15 phút đã lưu / one line's or lane's measures over a stored 5- or 15-minute interval.",
            "required": [
              "camera",
              "subject",
              "subjectKind",
              "periodSeconds",
              "startMillis",
              "endMillis",
              "coveredMillis",
              "vehicles",
              "leftToRight",
              "rightToLeft",
              "countsByClass",
              "flowVehiclesPerHour"
            ],
            "properties": {
              "camera": {
                "$ref": "#/components/schemas/TrafficCameraID"
              },
              "subject": {
                "type": "string",
                "description": "The counting line's or lane's name."
              },
              "subjectKind": {
                "type": "string",
                "enum": [
                  "line",
                  "lane"
                ]
              },
              "periodSeconds": {
                "type": "integer",
                "enum": [
                  300,
                  900
                ]
              },
              "startMillis": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "endMillis": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "coveredMillis": {
                "type": "integer",
                "description": "Part of the interval observed, ms (flow = vehicles × 3 600 000 / coveredMillis).",
                "format": "int64"
              },
              "vehicles": {
                "type": "integer"
              },
              "leftToRight": {
                "type": "integer"
              },
              "rightToLeft": {
                "type": "integer"
              },
              "countsByClass": {
                "type": "object",
                "additionalProperties": {
                  "type": "integer"
                },
                "description": "Counts by `VehicleClass` name."
              },
              "meanSpeedKmh": {
                "type": "number"
              },
              "speed85Kmh": {
                "type": "number"
              },
              "occupancy": {
                "type": "number",
                "description": "Lanes: fraction 0…1 of covered time."
              },
              "meanHeadwaySeconds": {
                "type": "number"
              },
              "flowVehiclesPerHour": {
                "type": "number",
                "minimum": 0,
                "description": "Xe/giờ trên thời gian đã quan sát / vehicles per hour of covered time."
              }
            }
          },
          "TrafficCameraDetail": {
            "type": "object",
            "required": [
              "camera",
              "intervals"
            ],
            "properties": {
              "camera": {
                "$ref": "#/components/schemas/TrafficCamera"
              },
              "intervals": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/FlowInterval"
                },
                "description": "Oldest first, one per subject and interval."
              }
            }
          },
          "TrackPlateRead": {
            "type": "object",
            "description": "Một lần đọc biển số trên một track / a plate reading seen on a track.",
            "required": [
              "text",
              "timeMillis"
            ],
            "properties": {
              "text": {
                "type": "string"
              },
              "confidence": {
                "type": "number",
                "minimum": 0,
                "maximum": 1
              },
              "cropRef": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/Sha256"
                  }
                ],
                "description": "SHA-256 of the plate crop."
              },
              "timeMillis": {
                "$ref": "#/components/schemas/UnixMillis"
              }
            }
          },
          "ViolationEvidence": {
            "type": "object",
            "description": "Chứng cứ vi phạm / what an officer needs to review a violation.",
            "required": [
              "cameraID",
              "districtCode",
              "timeMillis",
              "trackID",
              "trackIDs",
              "vehicleClass",
              "plateReads",
              "anchorPixel"
            ],
            "properties": {
              "cameraID": {
                "$ref": "#/components/schemas/TrafficCameraID"
              },
              "districtCode": {
                "type": "string"
              },
              "timeMillis": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "trackID": {
                "type": "integer",
                "description": "Current tracker id."
              },
              "trackIDs": {
                "type": "array",
                "items": {
                  "type": "integer"
                },
                "description": "Every tracker id of the road user, oldest first."
              },
              "vehicleClass": {
                "$ref": "#/components/schemas/VehicleClass"
              },
              "plateReads": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/TrackPlateRead"
                },
                "description": "Distinct plate texts seen on the track, first-seen order."
              },
              "bestPlate": {
                "$ref": "#/components/schemas/TrackPlateRead"
              },
              "bestFrameRef": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/Sha256"
                  }
                ],
                "description": "SHA-256 of the best full frame."
              },
              "plateCropRef": {
                "$ref": "#/components/schemas/Sha256"
              },
              "anchorPixel": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/PixelPoint"
                  }
                ],
                "description": "Smoothed box bottom-centre."
              },
              "ground": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/GroundPoint"
                  }
                ],
                "description": "With calibration."
              },
              "map": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/GeoPosition"
                  }
                ],
                "description": "With calibration."
              },
              "speedKmh": {
                "type": "number"
              },
              "speedLimitKmh": {
                "type": "number"
              },
              "dwellSeconds": {
                "type": "number"
              },
              "signalPhase": {
                "$ref": "#/components/schemas/SignalPhase"
              }
            }
          },
          "TrafficEventKind": {
            "type": "string",
            "description": "Loại sự kiện / event code: cảnh báo ùn tắc, hết ùn tắc, dừng đỗ nơi cấm, đi ngược chiều (vạch, làn), quá tốc độ, vượt đèn đỏ, đi trên vỉa hè. All but the congestion codes are violations.",
            "enum": [
              "congestion_raised",
              "congestion_cleared",
              "no_stopping",
              "wrong_way_line",
              "wrong_way_lane",
              "speeding",
              "red_light",
              "sidewalk"
            ]
          },
          "TrafficEventStatus": {
            "type": "string",
            "description": "Trạng thái xem xét / review state: mới, đã mở vụ việc, đã bỏ qua.",
            "enum": [
              "new",
              "case_opened",
              "dismissed"
            ]
          },
          "TrafficEvent": {
            "type": "object",
            "description": "Sự kiện giao thông / a stored traffic event (congestion change or violation) with its review state. Absent fields have no value.",
            "required": [
              "id",
              "scope",
              "camera",
              "timeMillis",
              "kind",
              "titleVI",
              "titleEN",
              "summaryVI",
              "isViolation",
              "status"
            ],
            "properties": {
              "id": {
                "$ref": "#/components/schemas/UUID"
              },
              "scope": {
                "$ref": "#/components/schemas/DistrictCode"
              },
              "camera": {
                "$ref": "#/components/schemas/TrafficCameraID"
              },
              "timeMillis": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "kind": {
                "type": "string",
                "description": "A `TrafficEventKind` code (a code of a newer version passes through unchanged)."
              },
              "subject": {
                "type": "string",
                "description": "The zone, line, lane or stop line the event is about."
              },
              "congestionLevel": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/CongestionLevel"
                  }
                ],
                "description": "For `congestion_raised`."
              },
              "titleVI": {
                "type": "string"
              },
              "titleEN": {
                "type": "string"
              },
              "summaryVI": {
                "type": "string",
                "description": "The line staff read, e.g. `Chạy quá tốc độ quy định – xe máy 47B1-234.56 – 78 km/h (giới hạn 50 km/h)`."
              },
              "isViolation": {
                "type": "boolean"
              },
              "vehicleClass": {
                "$ref": "#/components/schemas/VehicleClass"
              },
              "plate": {
                "type": "string",
                "description": "Display form of the best plate read."
              },
              "plateKey": {
                "type": "string",
                "description": "Letters and digits of the plate (`47A12345`)."
              },
              "speedKmh": {
                "type": "number"
              },
              "speedLimitKmh": {
                "type": "number"
              },
              "dwellSeconds": {
                "type": "number"
              },
              "latitude": {
                "type": "number"
              },
              "longitude": {
                "type": "number"
              },
              "evidence": {
                "$ref": "#/components/schemas/ViolationEvidence"
              },
              "status": {
                "$ref": "#/components/schemas/TrafficEventStatus"
              },
              "caseID": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/UUID"
                  }
                ],
                "description": "The case opened for it."
              },
              "trackingCode": {
                "$ref": "#/components/schemas/TrackingCode"
              },
              "reviewedBy": {
                "type": "string",
                "description": "Staff user who opened a case or dismissed it."
              }
            }
          },
          "TrafficEventList": {
            "type": "object",
            "required": [
              "items",
              "total",
              "limit",
              "offset"
            ],
            "properties": {
              "items": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/TrafficEvent"
                },
                "description": "Newest first."
              },
              "total": {
                "type": "integer",
                "description": "How many match in all."
              },
              "limit": {
                "type": "integer"
              },
              "offset": {
                "type": "integer"
              }
            }
          },
          "TrafficCaseInput": {
            "type": "object",
            "description": "Mở vụ việc từ vi phạm / opening a case for a violation; the body may be empty.",
            "properties": {
              "category": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/CategoryCode"
                  }
                ],
                "description": "Lĩnh vực / the field-report category; absent: `lan-chiem-long-le-duong` for sidewalk and no-stopping violations, else `khac`."
              },
              "note": {
                "type": "string",
                "description": "Ghi chú của cán bộ / the officer's note, added to the case description."
              }
            }
          },
          "TrafficCaseReceipt": {
            "type": "object",
            "description": "Vụ việc đã mở / the field-report case opened for the event.",
            "required": [
              "case_id",
              "report_id",
              "tracking_code",
              "duplicate"
            ],
            "properties": {
              "case_id": {
                "$ref": "#/components/schemas/UUID"
              },
              "report_id": {
                "$ref": "#/components/schemas/UUID"
              },
              "tracking_code": {
                "$ref": "#/components/schemas/TrackingCode"
              },
              "duplicate": {
                "type": "boolean",
                "description": "`true`: a case was already opened for this event; this is it."
              }
            }
          },
          "TrafficDismissInput": {
            "type": "object",
            "description": "The body may be empty.",
            "properties": {
              "reason": {
                "type": "string",
                "description": "Lý do bỏ qua / why the violation is not pursued."
              }
            }
          },
          "PlateAlert": {
            "type": "object",
            "description": "Cảnh báo biển số theo dõi / a watch-list hit, raised at the node the moment a camera reads a watched plate.",
            "required": [
              "id",
              "scope",
              "plate",
              "plateKey",
              "reason",
              "match",
              "camera",
              "timeMillis",
              "acknowledged"
            ],
            "properties": {
              "id": {
                "$ref": "#/components/schemas/UUID"
              },
              "scope": {
                "$ref": "#/components/schemas/DistrictCode"
              },
              "plate": {
                "type": "string",
                "description": "The plate as read."
              },
              "plateKey": {
                "type": "string"
              },
              "reason": {
                "type": "string",
                "description": "The watch-list entry's reason."
              },
              "match": {
                "type": "string",
                "description": "`exact`, or `confusable`: the read differs only in look-alike characters (O/0, I/1, B/8).",
                "enum": [
                  "exact",
                  "confusable"
                ]
              },
              "camera": {
                "$ref": "#/components/schemas/TrafficCameraID"
              },
              "timeMillis": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "trackID": {
                "type": "integer"
              },
              "confidence": {
                "type": "number",
                "minimum": 0,
                "maximum": 1
              },
              "acknowledged": {
                "type": "boolean"
              }
            }
          },
          "PlateAlertList": {
            "type": "object",
            "required": [
              "items"
            ],
            "properties": {
              "items": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/PlateAlert"
                },
                "description": "Newest first, at most 50."
              }
            }
          },
          "VehiclePlate": {
            "type": "string",
            "description": "Biển số như đã đọc / a plate read as received (re-parsed by the server: `47A-123.45`, `47a 123 45` and `47A12345` are one plate).",
            "examples": [
              "47A-123.45"
            ]
          },
          "WatchlistEntry": {
            "type": "object",
            "description": "Biển số đang theo dõi / a plate under watch.",
            "required": [
              "plate",
              "reason",
              "addedBy",
              "addedAtMillis"
            ],
            "properties": {
              "plate": {
                "$ref": "#/components/schemas/VehiclePlate"
              },
              "reason": {
                "type": "string"
              },
              "addedBy": {
                "type": "string",
                "description": "Staff user or upstream system."
              },
              "addedAtMillis": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "expiresAtMillis": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/UnixMillis"
                  }
                ],
                "description": "Stops matching at this instant; absent: never expires."
              }
            }
          },
          "WatchlistInput": {
            "type": "object",
            "required": [
              "reason"
            ],
            "properties": {
              "reason": {
                "type": "string",
                "description": "Lý do theo dõi / why (stolen, wanted…); required, non-empty.",
                "minLength": 1
              },
              "expires_ms": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/UnixMillis"
                  }
                ],
                "description": "Hết hạn / the entry stops matching at this instant; absent: never."
              }
            }
          },
          "Watchlist": {
            "type": "object",
            "required": [
              "items"
            ],
            "properties": {
              "items": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/WatchlistEntry"
                }
              }
            }
          },
          "GeoPoint": {
            "type": "object",
            "description": "Toạ độ WGS-84 / a WGS-84 position in degrees.",
            "required": [
              "latitudeDegrees",
              "longitudeDegrees"
            ],
            "properties": {
              "latitudeDegrees": {
                "type": "number"
              },
              "longitudeDegrees": {
                "type": "number"
              }
            }
          },
          "CompassDirection": {
            "type": "string",
            "description": "Hướng la bàn / one of the eight compass points (Bắc, Đông Bắc, …).",
            "enum": [
              "north",
              "northEast",
              "east",
              "southEast",
              "south",
              "southWest",
              "west",
              "northWest"
            ]
          },
          "PlateMovement": {
            "type": "object",
            "description": "Hướng xe trong khung hình / how the vehicle moved in the camera's view. A Swift enum in its `Codable` form, an object with exactly one key: `{\"approaching\": {}}` (towards the camera), `{\"receding\": {}}` (away from it) or `{\"bearing\": {\"degrees\": …}}` (travel bearing, degrees clockwise from north).",
            "minProperties": 1,
            "maxProperties": 1,
            "examples": [
              {
                "approaching": {}
              },
              {
                "bearing": {
                  "degrees": 135
                }
              }
            ]
          },
          "PlateSighting": {
            "type": "object",
            "description": "Một lần camera đọc biển số / one read of a plate by one camera.",
            "required": [
              "id",
              "plate",
              "readConfidence",
              "cameraID",
              "districtCode",
              "cameraLocation",
              "timeMillis",
              "evidenceRefs"
            ],
            "properties": {
              "id": {
                "type": "string",
                "description": "`<camera>/<time>/<track>`."
              },
              "plate": {
                "$ref": "#/components/schemas/VehiclePlate"
              },
              "readConfidence": {
                "type": "number",
                "minimum": 0,
                "maximum": 1
              },
              "cameraID": {
                "$ref": "#/components/schemas/TrafficCameraID"
              },
              "districtCode": {
                "type": "integer",
                "description": "GSO district code of the camera, as a number.",
                "examples": [
                  643
                ]
              },
              "cameraLocation": {
                "$ref": "#/components/schemas/GeoPoint"
              },
              "cameraHeadingDegrees": {
                "type": "number"
              },
              "timeMillis": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "movement": {
                "$ref": "#/components/schemas/PlateMovement"
              },
              "evidenceRefs": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Sha256"
                },
                "description": "Frame and plate-crop references backing the read."
              }
            }
          },
          "CameraVisit": {
            "type": "object",
            "description": "Một lần đi qua một camera / one pass past one camera (consecutive sightings there, merged).",
            "required": [
              "cameraID",
              "districtCode",
              "cameraLocation",
              "firstSeenMillis",
              "lastSeenMillis",
              "sightingIDs",
              "bestRead",
              "bestReadConfidence",
              "evidenceRefs"
            ],
            "properties": {
              "cameraID": {
                "$ref": "#/components/schemas/TrafficCameraID"
              },
              "districtCode": {
                "type": "integer"
              },
              "cameraLocation": {
                "$ref": "#/components/schemas/GeoPoint"
              },
              "firstSeenMillis": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "lastSeenMillis": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "sightingIDs": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "bestRead": {
                "$ref": "#/components/schemas/VehiclePlate"
              },
              "bestReadConfidence": {
                "type": "number"
              },
              "travelBearingDegrees": {
                "type": "number"
              },
              "evidenceRefs": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              }
            }
          },
          "RouteHop": {
            "type": "object",
            "description": "Chặng giữa hai camera / movement between two consecutive camera visits.",
            "required": [
              "fromCameraID",
              "toCameraID",
              "fromDistrictCode",
              "toDistrictCode",
              "departedMillis",
              "arrivedMillis",
              "distanceMetres",
              "transitSeconds"
            ],
            "properties": {
              "fromCameraID": {
                "$ref": "#/components/schemas/TrafficCameraID"
              },
              "toCameraID": {
                "$ref": "#/components/schemas/TrafficCameraID"
              },
              "fromDistrictCode": {
                "type": "integer"
              },
              "toDistrictCode": {
                "type": "integer"
              },
              "departedMillis": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "arrivedMillis": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "distanceMetres": {
                "type": "number",
                "description": "Great-circle distance; the road is longer."
              },
              "transitSeconds": {
                "type": "number"
              },
              "impliedSpeedKmh": {
                "type": "number",
                "description": "Straight-line speed, a lower bound."
              },
              "bearingDegrees": {
                "type": "number"
              },
              "direction": {
                "$ref": "#/components/schemas/CompassDirection"
              },
              "impossibility": {
                "type": "string",
                "description": "Present when one vehicle cannot have driven this hop (cloned plate or misread).",
                "enum": [
                  "simultaneousAtDistantCameras",
                  "fasterThanMaximumSpeed"
                ]
              }
            }
          },
          "PlateRoute": {
            "type": "object",
            "description": "Hành trình của biển số / where one plate was seen, in time order.",
            "required": [
              "plate",
              "visits",
              "hops",
              "firstSeenMillis",
              "lastSeenMillis",
              "totalDistanceMetres",
              "districtsCrossed",
              "sightingCount"
            ],
            "properties": {
              "plate": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/VehiclePlate"
                  }
                ],
                "description": "The most confident read."
              },
              "visits": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/CameraVisit"
                },
                "description": "In time order."
              },
              "hops": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/RouteHop"
                }
              },
              "firstSeenMillis": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "lastSeenMillis": {
                "$ref": "#/components/schemas/UnixMillis"
              },
              "totalDistanceMetres": {
                "type": "number"
              },
              "overallBearingDegrees": {
                "type": "number"
              },
              "overallDirection": {
                "$ref": "#/components/schemas/CompassDirection"
              },
              "districtsCrossed": {
                "type": "array",
                "items": {
                  "type": "integer"
                },
                "description": "GSO codes in the order entered."
              },
              "sightingCount": {
                "type": "integer"
              }
            }
          },
          "PlateTrace": {
            "type": "object",
            "required": [
              "plate",
              "sightings"
            ],
            "properties": {
              "plate": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/VehiclePlate"
                  }
                ],
                "description": "The plate as asked."
              },
              "watch": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/WatchlistEntry"
                  }
                ],
                "description": "The active watch-list entry matching it, if any."
              },
              "sightings": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/PlateSighting"
                },
                "description": "Every sighting known here (exact or look-alike reads), oldest first."
              },
              "route": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/PlateRoute"
                  }
                ],
                "description": "Absent without sightings."
              }
            }
          },
          "IngestReport": {
            "type": "object",
            "description": "Kết quả nhận dữ liệu / what became of a batch: how much was analysed and every refused line with its reason. A bad line never fails the batch. `GET /api/v1/traffic/ingest` answers the same shape with the node's totals.",
            "required": [
              "accepted",
              "malformed",
              "refused",
              "unknownCameras",
              "late",
              "eventsRaised",
              "alertsRaised"
            ],
            "properties": {
              "accepted": {
                "type": "integer",
                "description": "Detections (or plate reads) analysed."
              },
              "malformed": {
                "type": "integer",
                "description": "Lines or elements refused."
              },
              "refused": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "line",
                    "reason"
                  ],
                  "properties": {
                    "line": {
                      "type": "integer",
                      "description": "1-based line (text) or element (JSON) number."
                    },
                    "reason": {
                      "type": "string",
                      "examples": [
                        "field 7 (w) is not a number: 'abc'"
                      ]
                    }
                  }
                },
                "description": "The first refused lines (at most 100), in input order."
              },
              "unknownCameras": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "camera",
                    "detections",
                    "reason"
                  ],
                  "properties": {
                    "camera": {
                      "type": "string"
                    },
                    "detections": {
                      "type": "integer"
                    },
                    "reason": {
                      "type": "string"
                    }
                  }
                },
                "description": "Detections for cameras this node does not analyse (unregistered, another district's, deactivated)."
              },
              "late": {
                "type": "integer",
                "description": "Detections older than their camera's newest frame beyond the reorder tolerance."
              },
              "eventsRaised": {
                "type": "integer"
              },
              "alertsRaised": {
                "type": "integer",
                "description": "Watch-list alerts."
              }
            }
          },
          "DetectionBatch": {
            "type": "object",
            "description": "Lô phát hiện dạng JSON / the JSON batch form of the detection track format, one camera per batch.",
            "required": [
              "camera",
              "detections"
            ],
            "properties": {
              "camera": {
                "$ref": "#/components/schemas/TrafficCameraID"
              },
              "detections": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "track",
                    "class",
                    "box",
                    "conf"
                  ],
                  "properties": {
                    "t": {
                      "allOf": [
                        {
                          "$ref": "#/components/schemas/UnixMillis"
                        }
                      ],
                      "description": "Epoch ms; or give `frame` and `fps`."
                    },
                    "frame": {
                      "type": "integer",
                      "description": "Frame number from the camera's stream start (with `fps`).",
                      "minimum": 0
                    },
                    "fps": {
                      "type": "number",
                      "exclusiveMinimum": 0
                    },
                    "track": {
                      "type": "integer",
                      "description": "Tracker id, unique per camera while the track lives.",
                      "minimum": 0
                    },
                    "class": {
                      "oneOf": [
                        {
                          "$ref": "#/components/schemas/VehicleClass"
                        },
                        {
                          "type": "string",
                          "enum": [
                            "motorcycle",
                            "person"
                          ]
                        },
                        {
                          "type": "integer",
                          "enum": [
                            0,
                            1,
                            2,
                            3,
                            5,
                            7
                          ]
                        }
                      ],
                      "description": "A class name or a 0-based COCO id (0 person, 1 bicycle, 2 car, 3 motorcycle, 5 bus, 7 truck)."
                    },
                    "box": {
                      "type": "array",
                      "items": {
                        "type": "number"
                      },
                      "description": "`[x, y, w, h]` in pixels, top-left corner, `w, h` > 0.",
                      "minItems": 4,
                      "maxItems": 4
                    },
                    "conf": {
                      "type": "number",
                      "minimum": 0,
                      "maximum": 1
                    },
                    "plate": {
                      "type": "object",
                      "properties": {
                        "text": {
                          "type": "string"
                        },
                        "conf": {
                          "type": "number",
                          "minimum": 0,
                          "maximum": 1
                        },
                        "crop": {
                          "allOf": [
                            {
                              "$ref": "#/components/schemas/Sha256"
                            }
                          ],
                          "description": "SHA-256 of the plate crop."
                        }
                      }
                    },
                    "frame_ref": {
                      "allOf": [
                        {
                          "$ref": "#/components/schemas/Sha256"
                        }
                      ],
                      "description": "SHA-256 of the full frame."
                    }
                  }
                },
                "description": "A bad detection is reported with its 1-based position here; the others are kept."
              }
            },
            "examples": [
              {
                "camera": "bmt-le-duan-01",
                "detections": [
                  {
                    "t": 1717200000040,
                    "track": 17,
                    "class": "car",
                    "box": [
                      612.5,
                      401.25,
                      85,
                      68
                    ],
                    "conf": 0.91,
                    "plate": {
                      "text": "47A-123.45",
                      "conf": 0.82
                    }
                  },
                  {
                    "frame": 1201,
                    "fps": 25,
                    "track": 18,
                    "class": 3,
                    "box": [
                      100,
                      500,
                      30,
                      48
                    ],
                    "conf": 0.7
                  }
                ]
              }
            ]
          },
          "SignalInput": {
            "type": "object",
            "description": "Pha đèn của vạch dừng camera / a phase change of the camera's stop-line signal.",
            "required": [
              "camera",
              "phase"
            ],
            "properties": {
              "camera": {
                "$ref": "#/components/schemas/TrafficCameraID"
              },
              "phase": {
                "type": "string",
                "enum": [
                  "green",
                  "amber",
                  "red"
                ]
              },
              "t": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/UnixMillis"
                  }
                ],
                "description": "When the phase began; absent: now."
              }
            }
          },
          "SignalReceipt": {
            "type": "object",
            "required": [
              "camera",
              "phase",
              "t"
            ],
            "properties": {
              "camera": {
                "$ref": "#/components/schemas/TrafficCameraID"
              },
              "phase": {
                "type": "string",
                "enum": [
                  "green",
                  "amber",
                  "red"
                ]
              },
              "t": {
                "$ref": "#/components/schemas/UnixMillis"
              }
            }
          },
          "GeoJSONPoint": {
            "type": "object",
            "required": [
              "type",
              "coordinates"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "Point"
              },
              "coordinates": {
                "type": "array",
                "items": {
                  "type": "number"
                },
                "minItems": 2,
                "maxItems": 2,
                "description": "`[longitude, latitude]`, 7 decimals."
              }
            }
          },
          "FiwareTrafficFlowObserved": {
            "type": "object",
            "title": "FiwareTrafficFlowObserved",
            "description": "FIWARE Smart Data Models `TrafficFlowObserved` (dataModel.Transportation), NGSI-LD key-values with `@context` inside. Per interval the array holds the all-vehicles entity (with speed, occupancy, headway) then one entity per vehicle class (motorbike, bicycle, car, bus, truck; `intensity` only). Ids are deterministic, so a re-export upserts. Absent values are left out.",
            "required": [
              "@context",
              "id",
              "type",
              "name",
              "dateObserved",
              "dateObservedFrom",
              "dateObservedTo",
              "location",
              "intensity"
            ],
            "properties": {
              "@context": {
                "type": "array",
                "items": {
                  "type": "string"
                },
                "description": "The dataModel.Transportation context, then the NGSI-LD core context."
              },
              "id": {
                "type": "string",
                "description": "`urn:ngsi-ld:TrafficFlowObserved:<camera>:<line.|lane.><name>:<PT5M|PT15M>:<start, ISO 8601 basic UTC>[:<vehicleType>]`.",
                "examples": [
                  "urn:ngsi-ld:TrafficFlowObserved:bmt-le-duan-01:line.L1:PT5M:20240601T000500Z"
                ]
              },
              "type": {
                "type": "string",
                "const": "TrafficFlowObserved"
              },
              "name": {
                "type": "string",
                "description": "`<camera> <line or lane name>`."
              },
              "description": {
                "type": "string",
                "description": "Only for a partial interval: how much was observed."
              },
              "dateObserved": {
                "type": "string",
                "description": "ISO 8601 interval `start/end` (UTC)."
              },
              "dateObservedFrom": {
                "type": "string",
                "format": "date-time"
              },
              "dateObservedTo": {
                "type": "string",
                "format": "date-time"
              },
              "location": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/GeoJSONPoint"
                  }
                ],
                "description": "Middle of the line or centre of the lane on the ground (with calibration), else the camera."
              },
              "laneId": {
                "type": "integer",
                "description": "Lanes only."
              },
              "laneDirection": {
                "type": "string",
                "description": "Absent for a two-way counting line.",
                "enum": [
                  "forward",
                  "backward"
                ]
              },
              "intensity": {
                "type": "integer",
                "description": "Vehicles counted in the interval (not a rate)."
              },
              "occupancy": {
                "type": "number",
                "minimum": 0,
                "maximum": 1
              },
              "averageVehicleSpeed": {
                "type": "number",
                "description": "km/h."
              },
              "averageHeadwayTime": {
                "type": "number",
                "description": "Seconds."
              },
              "congested": {
                "type": "boolean"
              },
              "vehicleType": {
                "type": "string",
                "description": "Per-class entities only.",
                "enum": [
                  "motorcycle",
                  "bicycle",
                  "car",
                  "bus",
                  "lorry"
                ]
              },
              "vehicleSubType": {
                "type": "string",
                "description": "Per-class entities only: the `VehicleClass` name."
              },
              "refRoadSegment": {
                "type": "string"
              }
            }
          },
          "FiwareAlert": {
            "type": "object",
            "title": "FiwareAlert",
            "description": "FIWARE Smart Data Models `Alert` (dataModel.Alert), NGSI-LD key-values with `@context` inside; ids are deterministic, so a re-export upserts. Absent values are left out.",
            "required": [
              "@context",
              "id",
              "type",
              "category",
              "subCategory",
              "severity",
              "dateIssued",
              "validFrom",
              "location",
              "name",
              "description",
              "alertSource",
              "data"
            ],
            "properties": {
              "@context": {
                "type": "array",
                "items": {
                  "type": "string"
                },
                "description": "The dataModel.Alert context, then the NGSI-LD core context."
              },
              "id": {
                "type": "string",
                "description": "`urn:ngsi-ld:Alert:<camera>:<time, ISO 8601 basic UTC>:<event>[.<place>][:track-<id>]`.",
                "examples": [
                  "urn:ngsi-ld:Alert:bmt-le-duan-01:20240601T000512.040Z:speeding:track-17"
                ]
              },
              "type": {
                "type": "string",
                "const": "Alert"
              },
              "category": {
                "type": "string",
                "const": "traffic"
              },
              "subCategory": {
                "type": "string",
                "enum": [
                  "trafficJam",
                  "carStopped",
                  "carWrongDirection",
                  "hazardOnRoad"
                ]
              },
              "severity": {
                "type": "string",
                "enum": [
                  "informational",
                  "low",
                  "medium",
                  "high",
                  "critical"
                ]
              },
              "dateIssued": {
                "type": "string",
                "format": "date-time"
              },
              "validFrom": {
                "type": "string",
                "format": "date-time"
              },
              "validTo": {
                "type": "string",
                "description": "Absent for a raised congestion (it holds until the next congestion alert).",
                "format": "date-time"
              },
              "location": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/GeoJSONPoint"
                  }
                ],
                "description": "The road user's map position (with calibration), else the camera's."
              },
              "name": {
                "type": "string",
                "description": "English title."
              },
              "description": {
                "type": "string",
                "description": "Vietnamese summary."
              },
              "alertSource": {
                "type": "string",
                "description": "`urn:ngsi-ld:Device:<camera>`."
              },
              "data": {
                "type": "object",
                "description": "What happened and the evidence: `event` (`congestionRaised`, `congestionCleared`, `stoppedInNoStoppingZone`, `wrongWayAtLine`, `wrongWayInLane`, `speeding`, `redLight`, `sidewalkEncroachment`), `cameraId`, and when known `districtCode`, `congestionLevel`, `line`, `lane`, `zone`, `stopLine`, `trackId`, `trackIds`, `vehicleClass`, `vehicleType`, `plate`, `plateConfidence`, `plateCropRef`, `frameRef`, `plateReads` (`text`, `confidence`, `cropRef`, `dateObserved`), `speedKmh`, `speedLimitKmh`, `dwellSeconds`, `signalPhase`, `anchorPixel` (`[x, y]`), `ground` (`GroundPoint`).",
                "required": [
                  "event",
                  "cameraId"
                ],
                "properties": {
                  "event": {
                    "type": "string"
                  },
                  "cameraId": {
                    "type": "string"
                  }
                }
              }
            }
          }
        }
      }
    }
    """#
}
