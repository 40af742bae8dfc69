/**
 * Which language, English or Welsh, each page is in: the person's stored choice, a choice made with
 * the header's link, or the browser's. {@code LanguageViewHandler} gives every view its locale;
 * {@code LanguageSwitchFilter} serves the header's link; {@code LanguageChoice} decides.
 */
package org.trustintranet.web.language;
