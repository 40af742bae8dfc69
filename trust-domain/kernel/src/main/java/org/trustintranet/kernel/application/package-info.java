/**
 * Kernel services every context uses: the current user ({@link CurrentUser}), the audit trail
 * ({@link AuditTrail}), the file store for uploaded bytes ({@link FileStore}, named by {@link
 * ContentId}), mail ({@link MailOutbox}, written with {@link MailText}), the SQL where the
 * databases differ ({@link Databases}, {@link FullTextSql}) and the SPIs contexts implement: {@link
 * UserDirectory} (who a person is) and {@link ContextSchema} (where a context keeps its
 * migrations).
 */
package org.trustintranet.kernel.application;
