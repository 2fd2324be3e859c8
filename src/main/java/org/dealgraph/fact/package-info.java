/**
 * The deal-facts schema, shared by extraction, mapping to RDF and evaluation: the kinds of fact with their typed
 * core roles and attributes ({@link org.dealgraph.fact.FactType}, {@link org.dealgraph.fact.ValueKind}), the
 * entities that fill the roles ({@link org.dealgraph.fact.EntityRef}), a fact with the evidence it was read from
 * ({@link org.dealgraph.fact.Fact}, {@link org.dealgraph.fact.Evidence}) and its JSON form
 * ({@link org.dealgraph.fact.FactsJson}). It depends on no other package of the project
 * but the JSON writer of its root ({@link org.dealgraph.JsonWriter}).
 */
package org.dealgraph.fact;
