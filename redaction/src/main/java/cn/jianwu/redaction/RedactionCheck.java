package cn.jianwu.redaction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What still stands in the way of approving a text for publication.
 *
 * @param identifiers identifiers still present (ID numbers, phones, bank cards, e-mail
 * addresses, plates), with their offsets
 * @param persons listed persons whose full name still appears, as the clerk gave them
 */
public record RedactionCheck(List<Redaction> identifiers, List<String> persons) {

	public RedactionCheck {
		identifiers = List.copyOf(identifiers);
		persons = List.copyOf(persons);
	}

	/**
	 * @param other what remains elsewhere in the same document
	 * @return what remains in both
	 */
	public RedactionCheck and(RedactionCheck other) {
		List<Redaction> identifiers = new ArrayList<>(this.identifiers);
		identifiers.addAll(other.identifiers);
		Set<String> persons = new LinkedHashSet<>(this.persons);
		persons.addAll(other.persons);
		return new RedactionCheck(identifiers, List.copyOf(persons));
	}

	/**
	 * @return whether nothing is left: the text may be approved as far as redaction goes
	 */
	public boolean clean() {
		return this.identifiers.isEmpty() && this.persons.isEmpty();
	}

	/**
	 * What remains, in words staff read: the kinds of identifier and how many names,
	 * never the values themselves.
	 * @return one label per kind found, then the count of names, if any
	 */
	public List<String> labels() {
		Set<String> kinds = new LinkedHashSet<>();
		for (Redaction identifier : this.identifiers) {
			kinds.add(label(identifier.kind()));
		}
		List<String> labels = new ArrayList<>(kinds);
		if (!this.persons.isEmpty()) {
			labels.add("未匿名的人员姓名" + this.persons.size() + "处");
		}
		return labels;
	}

	private static String label(RedactionKind kind) {
		return switch (kind) {
			case PERSON_NAME -> "人员姓名";
			case ID_NUMBER -> "公民身份号码";
			case PHONE -> "电话号码";
			case BANK_CARD -> "银行卡号";
			case EMAIL -> "电子邮箱";
			case LICENCE_PLATE -> "车牌号码";
			case ADDRESS -> "住址";
		};
	}

}
