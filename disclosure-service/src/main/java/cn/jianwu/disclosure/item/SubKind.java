package cn.jianwu.disclosure.item;

/** The kinds of case information (检察案件信息, seed §四(一)1). */
public enum SubKind {

	/** 重要案件信息. */
	IMPORTANT_CASE,
	/** 生效法律文书: published only after redaction. */
	LEGAL_DOCUMENT,
	/** 典型案例. */
	TYPICAL_CASE,
	/** 涉案财物处理结果. */
	SEIZED_PROPERTY,
	/** 监督纠正情况. */
	SUPERVISION_CORRECTION

}
