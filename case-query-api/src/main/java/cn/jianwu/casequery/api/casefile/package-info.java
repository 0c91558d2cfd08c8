/**
 * The case-management desk's case files ({@code CASE_MANAGER}): create or replace a case,
 * record procedural steps, issue, re-issue and revoke query credentials, import an export
 * of the case system.
 */
package cn.jianwu.casequery.api.casefile;
