package cn.jianwu.casequery.casefile;

/** No case with this number (staff endpoints only; the public never learns this). */
public class CaseNotFoundException extends RuntimeException {

	public CaseNotFoundException() {
		super("No such case");
	}

}
