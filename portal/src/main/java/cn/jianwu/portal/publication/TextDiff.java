package cn.jianwu.portal.publication;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * What changed between two texts, for 查看修改内容: character by character within a paragraph
 * (Chinese has no spaces to split words at), paragraph by paragraph within a body. Pure
 * text in, pieces out: the page escapes and marks them.
 */
final class TextDiff {

	/** What ends a clause: Chinese and Latin punctuation of sentences and clauses. */
	private static final String CLAUSE_ENDS = "，。；：、！？,;:!?";

	/**
	 * What stays with the clause it closes (a quotation or bracket after the full stop).
	 */
	private static final String CLOSERS = "”’）》】」』)]";

	private TextDiff() {
	}

	/**
	 * The pieces of one text as it changed, in reading order: kept clauses, and for each
	 * changed run of clauses the old ones deleted and the new ones inserted.
	 */
	static List<Piece> inline(String from, String to) {
		String source = (from != null) ? from : "";
		String target = (to != null) ? to : "";
		if (source.equals(target)) {
			return source.isEmpty() ? List.of() : List.of(new Piece(Kind.SAME, source));
		}
		List<Piece> pieces = new ArrayList<>();
		for (AbstractDelta<String> delta : DiffUtils.diff(clauses(source), clauses(target), true).getDeltas()) {
			String removed = String.join("", delta.getSource().getLines());
			String added = String.join("", delta.getTarget().getLines());
			switch (delta.getType()) {
				case EQUAL -> add(pieces, Kind.SAME, removed);
				case DELETE -> add(pieces, Kind.DELETED, removed);
				case INSERT -> add(pieces, Kind.INSERTED, added);
				case CHANGE -> {
					add(pieces, Kind.DELETED, removed);
					add(pieces, Kind.INSERTED, added);
				}
			}
		}
		return List.copyOf(pieces);
	}

	/**
	 * The paragraphs of a body as they changed: kept, deleted, inserted, or changed
	 * within (a paragraph replaced by one other is shown as changed within).
	 */
	static List<Paragraph> paragraphs(List<String> from, List<String> to) {
		List<Paragraph> paragraphs = new ArrayList<>();
		for (AbstractDelta<String> delta : DiffUtils.diff(from, to, true).getDeltas()) {
			List<String> removed = delta.getSource().getLines();
			List<String> added = delta.getTarget().getLines();
			switch (delta.getType()) {
				case EQUAL -> removed.forEach((text) -> paragraphs.add(whole(Kind.SAME, text)));
				case DELETE -> removed.forEach((text) -> paragraphs.add(whole(Kind.DELETED, text)));
				case INSERT -> added.forEach((text) -> paragraphs.add(whole(Kind.INSERTED, text)));
				case CHANGE -> {
					int paired = Math.min(removed.size(), added.size());
					for (int i = 0; i < paired; i++) {
						paragraphs.add(new Paragraph(Kind.CHANGED, inline(removed.get(i), added.get(i))));
					}
					removed.subList(paired, removed.size())
						.forEach((text) -> paragraphs.add(whole(Kind.DELETED, text)));
					added.subList(paired, added.size()).forEach((text) -> paragraphs.add(whole(Kind.INSERTED, text)));
				}
			}
		}
		return List.copyOf(paragraphs);
	}

	private static Paragraph whole(Kind kind, String text) {
		return new Paragraph(kind, List.of(new Piece(kind, text)));
	}

	private static void add(List<Piece> pieces, Kind kind, String text) {
		if (!text.isEmpty()) {
			pieces.add(new Piece(kind, text));
		}
	}

	/**
	 * The text's clauses, each with the punctuation that ends it: split where a clause
	 * ends, never inside a character.
	 */
	static List<String> clauses(String text) {
		List<String> clauses = new ArrayList<>();
		StringBuilder clause = new StringBuilder();
		boolean ended = false;
		for (int at = 0; at < text.length(); at = text.offsetByCodePoints(at, 1)) {
			int character = text.codePointAt(at);
			boolean closer = CLOSERS.indexOf(character) >= 0;
			if (ended && !closer) {
				clauses.add(clause.toString());
				clause.setLength(0);
				ended = false;
			}
			clause.appendCodePoint(character);
			ended = ended || CLAUSE_ENDS.indexOf(character) >= 0;
		}
		if (clause.length() > 0) {
			clauses.add(clause.toString());
		}
		return clauses;
	}

	/** What happened to a piece or a paragraph. */
	enum Kind {

		SAME, DELETED, INSERTED,
		/** A paragraph whose pieces changed (never a piece). */
		CHANGED;

		public boolean deleted() {
			return this == DELETED;
		}

		public boolean inserted() {
			return this == INSERTED;
		}

	}

	/** A run of text that was kept, deleted or inserted. */
	record Piece(Kind kind, String text) {
	}

	/** A paragraph of the body and how it changed. */
	record Paragraph(Kind kind, List<Piece> pieces) {

		public boolean changed() {
			return this.kind != Kind.SAME;
		}

	}

}
