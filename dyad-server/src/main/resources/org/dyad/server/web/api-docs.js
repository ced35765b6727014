// Swagger UI (from the org.webjars:swagger-ui WebJar) over the server's own OpenAPI document.
'use strict';
window.addEventListener('DOMContentLoaded', () => {
  window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true });
});
