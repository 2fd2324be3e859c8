/**
 * The service's web side, over {@link org.dealgraph.query.DealQueries} only (no SPARQL, no dataset here):
 * dereferenceable IRIs with content negotiation ({@code LinkedDataController}), HTML pages of entities, deals and
 * articles, the ontology's documentation, search, VoID and the dump, the SPARQL console, and REST for users who do
 * not write Java: the answers of the query API as JSON, described by OpenAPI ({@code /v3/api-docs}, browsable at
 * {@code /swagger-ui.html}).
 */
package org.dealgraph.web;
