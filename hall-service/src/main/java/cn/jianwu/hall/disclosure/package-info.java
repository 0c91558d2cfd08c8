/**
 * disclosure-service as the hall uses it: the items that announce open calls and publish
 * their results (created with the caller's own token, so that disclosure-service's rules
 * and approval chain apply to them as to any item), and whether an item is public now.
 */
package cn.jianwu.hall.disclosure;
