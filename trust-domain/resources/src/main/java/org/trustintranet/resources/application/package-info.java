/**
 * The resource library's services (plain records in and out), the checks of uploaded bytes ({@code
 * ContentInspector}) and the reading of the words inside files ({@code TextExtractor}), which the
 * infrastructure implements with Apache Tika.
 */
package org.trustintranet.resources.application;
