/**
 * The trust-scale benchmark's tools. {@link org.trustintranet.bench.DataSetGenerator} builds a
 * realistic trust in a fresh database, deterministically from a seed and a scale factor: it
 * migrates the schema exactly as the application does, then fills it with JDBC batches. Test code
 * of trust-ear, so that nothing of it ships in the application.
 */
package org.trustintranet.bench;
