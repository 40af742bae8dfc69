/**
 * Posts and the rules about them: a post changes only through actions (draft, revise, publish,
 * archive); an {@link org.trustintranet.news.domain.Audience} decides who may read it, the same way
 * in Java and in the feed's query; {@link org.trustintranet.news.domain.NewsPolicy} decides who may
 * publish to which audience. Plus the repository interface the application layer speaks to.
 */
package org.trustintranet.news.domain;
