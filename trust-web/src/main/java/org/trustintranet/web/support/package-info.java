/**
 * What every screen shares: messages from the resource bundle, turning business failures into them,
 * the trust's settings.
 */
package org.trustintranet.web.support;
