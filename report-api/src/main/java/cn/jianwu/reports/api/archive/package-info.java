/**
 * The quarterly archive volumes (立卷归档): the request to seal, a volume as listed, a
 * verification's answer.
 */
package cn.jianwu.reports.api.archive;
