package cn.jianwu.casequery.api.casefile;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may look up a case's procedural information (《人民检察院案件信息公开工作规定》): parties, their
 * legal representatives and close relatives, defenders and litigation agents.
 */
public enum PersonRole {

	PARTY("当事人"), LEGAL_REPRESENTATIVE("法定代理人"), CLOSE_RELATIVE("近亲属"), DEFENDER("辩护人"), AGENT("诉讼代理人");

	private final String label;

	PersonRole(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The role named by its code ({@code DEFENDER}) or its Chinese label (辩护人), as case
	 * systems export either.
	 * @param text the name
	 * @return the role, empty when the text names none
	 */
	public static Optional<PersonRole> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String trimmed = text.trim();
		return Arrays.stream(values())
			.filter((role) -> role.name().equals(trimmed.toUpperCase(Locale.ROOT)) || role.label.equals(trimmed))
			.findFirst();
	}

}
