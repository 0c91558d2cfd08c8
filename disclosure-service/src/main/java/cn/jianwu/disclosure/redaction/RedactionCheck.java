package cn.jianwu.disclosure.redaction;

import java.util.List;

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
	 * @return whether nothing is left: the text may be approved as far as redaction goes
	 */
	public boolean clean() {
		return this.identifiers.isEmpty() && this.persons.isEmpty();
	}

}
