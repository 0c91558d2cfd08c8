package cn.jianwu.redaction.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A corpus file of sentences with their names marked: [[unlisted]], {{listed}},
 * ((cleared)), &lt;&lt;official&gt;&gt;. Lines starting with # are comments.
 */
final class MarkedCorpus {

	private static final Pattern MARK = Pattern.compile("\\[\\[(.+?)]]|\\{\\{(.+?)}}|\\(\\((.+?)\\)\\)|<<(.+?)>>");

	private MarkedCorpus() {
	}

	static List<Sentence> read(String resource) {
		try (InputStream in = MarkedCorpus.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("No corpus " + resource);
			}
			List<Sentence> sentences = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					sentences.add(parse(line.strip()));
				}
			}
			return sentences;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Sentence parse(String line) {
		StringBuilder text = new StringBuilder();
		List<String> unlisted = new ArrayList<>();
		List<String> listed = new ArrayList<>();
		List<String> cleared = new ArrayList<>();
		List<String> officials = new ArrayList<>();
		Matcher matcher = MARK.matcher(line);
		int last = 0;
		while (matcher.find()) {
			text.append(line, last, matcher.start());
			for (int group = 1; group <= 4; group++) {
				String name = matcher.group(group);
				if (name != null) {
					text.append(name);
					List.of(unlisted, listed, cleared, officials).get(group - 1).add(name);
				}
			}
			last = matcher.end();
		}
		text.append(line.substring(last));
		return new Sentence(text.toString(), unlisted, listed, cleared, officials);
	}

	/**
	 * @param unlisted the names to flag, one entry per mention
	 */
	record Sentence(String text, List<String> unlisted, List<String> listed, List<String> cleared,
			List<String> officials) {

	}

}
