package cn.jianwu.disclosure.item;

/** How long or how often an item is disclosed (公开时间). */
public enum Term {

	/** 长期. */
	LONG_TERM,
	/** 定期, quarterly by default. */
	PERIODIC,
	/** 随时. */
	AD_HOC

}
