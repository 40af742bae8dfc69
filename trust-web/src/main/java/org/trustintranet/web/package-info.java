/**
 * The Faces screens: one thin backing bean per page, in a package mirroring the page's path, each
 * calling one context's service. Security (form login, headers) and shared support live beside
 * them.
 */
package org.trustintranet.web;
