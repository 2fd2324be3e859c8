/**
 * REST for users who do not write Java: the answers of {@link org.dealgraph.query.DealQueries} as JSON, described
 * by OpenAPI ({@code /v3/api-docs}, browsable at {@code /swagger-ui.html}). Controllers call the query API only.
 */
package org.dealgraph.web;
