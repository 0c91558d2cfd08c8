/**
 * What the hall publishes ({@code /api/public/messages/**}): answered messages whose
 * writers allowed it, redacted as legal documents are, and the yearly figures the
 * inspection rules want public.
 */
package cn.jianwu.hall.publication;
