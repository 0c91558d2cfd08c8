package cn.jianwu.search.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightsTest {

	@Test
	void exactRunsWinOverCharacterPairs() {
		Map<String, List<String>> out = new LinkedHashMap<>();
		Highlights.put(out, "title",
				Map.of("title", List.of("王某某<em>危</em><em>险</em>驾驶"), "title.bigram", List.of("王某某<em>危险</em>驾驶")));
		assertThat(out).containsEntry("title", List.of("王某某<em>危险</em>驾驶"));
	}

	@Test
	void pairsAreUsedWhenTheMainFieldHasNoMarkAndOverlapsAreJoined() {
		Map<String, List<String>> out = new LinkedHashMap<>();
		Highlights.put(out, "body",
				Map.of("body", List.of("开头一百二十个字"), "body.bigram", List.of("不<em>起诉</em><em>决</em><em>定</em>书")));
		assertThat(out).containsEntry("body", List.of("不<em>起诉决定</em>书"));
	}

	@Test
	void theBodysOpeningIsKeptWhenNothingMatchedThere() {
		Map<String, List<String>> out = new LinkedHashMap<>();
		Highlights.put(out, "body", Map.of("body", List.of("开头一百二十个字")));
		Highlights.put(out, "title", Map.of("body", List.of("开头一百二十个字")));
		assertThat(out).containsOnlyKeys("body");
	}

}
