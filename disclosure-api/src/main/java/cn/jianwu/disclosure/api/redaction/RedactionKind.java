package cn.jianwu.disclosure.api.redaction;

/** What a proposed redaction hides. */
public enum RedactionKind {

	/** A natural person listed by the clerk; replaced by a pseudonym such as 张某. */
	PERSON_NAME("自然人姓名"), ID_NUMBER("身份证号码"), PHONE("联系电话"), BANK_CARD("银行账号"), EMAIL("电子邮箱"), LICENCE_PLATE("车牌号码"),
	/** An address the clerk marked for deletion. */
	ADDRESS("住址");

	private final String label;

	RedactionKind(String label) {
		this.label = label;
	}

	/** The name staff read. */
	public String label() {
		return this.label;
	}

	/**
	 * Whether the clerk may keep the original (a party asked to be named, an address that
	 * is no one's home); identifiers must always go.
	 */
	public boolean droppable() {
		return this == PERSON_NAME || this == ADDRESS;
	}

}
