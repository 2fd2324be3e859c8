/**
 * Extraction quality: a Java implementation of the reference scorer of the deal-facts exchange format.
 *
 * <p>{@link org.dealgraph.eval.Scorer#scoreFiles(java.nio.file.Path, java.nio.file.Path)} does what
 * the reference scorer given GOLD and PREDICTED does; {@link org.dealgraph.eval.Score#report(boolean)} is its
 * standard output (with {@code -v} when verbose) and {@link org.dealgraph.eval.Score#warnings()} its
 * standard error. The only known differences: {@code NaN}/{@code Infinity} literals and lines that
 * are JSON but not an object are rejected with a {@link org.dealgraph.DealgraphException} (Python
 * accepts the former and crashes on the latter), and {@code -0.0} prints as {@code 0.0}.
 */
package org.dealgraph.eval;
