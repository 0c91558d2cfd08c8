/**
 * The text rules every contract shares: which control characters a text or a one-line
 * field may hold, and the {@code @SingleLine} constraint the HTTP contracts' records
 * carry. Spring-free: the services apply them through Bean Validation and
 * platform-support.
 */
package cn.jianwu.events.text;
