package cn.jianwu.redaction.minors;

/**
 * Why the platform suspects that a minor is involved. The kinds are kept apart because
 * the clerk weighs them differently: an ID number is a fact, a word near a party is only
 * a reason to look.
 */
public enum MinorHintKind {

	/**
	 * A resident ID number whose birth date makes its holder under eighteen on the case's
	 * date.
	 */
	ID_NUMBER_UNDER_18("身份证号码显示未满十八周岁"),

	/** An age stated for someone, below eighteen: 年仅15岁, 时年十六岁, （15岁）, 17周岁. */
	STATED_AGE("所述年龄未满十八周岁"),

	/**
	 * One of the age brackets the law draws for minors: 未满十八周岁, 不满十四周岁, 已满十四周岁不满十六周岁,
	 * 十八周岁以下.
	 */
	AGE_BRACKET("未成年年龄段表述"),

	/** A word that names a minor: 未成年人, 幼女, 儿童, 少年. */
	MINOR_TERM("未成年人称谓"),

	/** A pupil of a primary or secondary school: 小学生, 在校初中生, 小学三年级学生. */
	SCHOOL_STAGE("中小学生身份"),

	/**
	 * A procedure the Criminal Procedure Law reserves for minors: 附条件不起诉 (art. 282),
	 * 合适成年人 (art. 281), 犯罪记录封存 (art. 286).
	 */
	JUVENILE_PROCEDURE("未成年人专属诉讼程序");

	private final String label;

	MinorHintKind(String label) {
		this.label = label;
	}

	/**
	 * @return the name shown to staff, in Chinese
	 */
	public String label() {
		return this.label;
	}

}
