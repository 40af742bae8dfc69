/**
 * Which language, English or Welsh, each page is in: the person's stored choice, a choice made with
 * the header's switch, or the browser's. {@code LanguageViewHandler} gives every view its locale;
 * {@code LanguageSwitch} serves the header's switch; {@code LanguageChoice} decides.
 */
package org.trustintranet.web.language;
