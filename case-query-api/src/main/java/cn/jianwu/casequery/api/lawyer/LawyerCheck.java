package cn.jianwu.casequery.api.lawyer;

import cn.jianwu.casequery.api.casefile.PersonRole;

/**
 * The answer: whether the licence number belongs to a current {@code DEFENDER} or
 * {@code AGENT} of the case, and if so, in which role and which department handles the
 * case. An unknown case and a lawyer not on it get the same {@code acting = false}.
 *
 * @param acting whether the lawyer acts in the case
 * @param role {@code DEFENDER} or {@code AGENT} when acting, otherwise {@code null}
 * @param department the case's handling department when acting, otherwise {@code null}
 */
public record LawyerCheck(boolean acting, PersonRole role, String department) {

	public static LawyerCheck notActing() {
		return new LawyerCheck(false, null, null);
	}

}
