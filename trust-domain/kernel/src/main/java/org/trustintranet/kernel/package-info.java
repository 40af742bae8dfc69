/**
 * The shared kernel: what every bounded context needs and none owns alone. It owns identifiers and
 * pages, the clock, domain errors, the audit trail, the current user (who, in which schools, with
 * which roles) and the content-addressed file store that keeps the bytes of uploads ({@link
 * org.trustintranet.kernel.application.FileStore}; their metadata stays with the owning context).
 * It depends on no other context; contexts plug into it through small SPIs such as {@link
 * org.trustintranet.kernel.application.UserDirectory} and {@link
 * org.trustintranet.kernel.application.ContextSchema}.
 */
package org.trustintranet.kernel;
