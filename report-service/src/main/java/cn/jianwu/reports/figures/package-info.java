/**
 * Case-management's figures (定期统计、通报案件信息公开工作情况, seed §五(二)): per month or quarter, case
 * information published, procedural queries by channel with their success rate and
 * lock-outs, WeChat bindings and notices, and the stages cases reached — counted in
 * PostgreSQL over the read model and compared with the period before.
 */
package cn.jianwu.reports.figures;
