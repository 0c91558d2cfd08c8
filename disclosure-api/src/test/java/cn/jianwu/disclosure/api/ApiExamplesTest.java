package cn.jianwu.disclosure.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.jianwu.disclosure.api.delivery.DeliveryState;
import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.disclosure.api.identity.StaffView;
import cn.jianwu.disclosure.api.identity.TokenResponse;
import cn.jianwu.disclosure.api.item.Exemption;
import cn.jianwu.disclosure.api.item.ItemPage;
import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.disclosure.api.item.StaffItem;
import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.disclosure.api.item.TextStatus;
import cn.jianwu.events.WorkflowAction;
import cn.jianwu.disclosure.api.publication.PublicItem;
import cn.jianwu.disclosure.api.publication.PublicItemPage;
import cn.jianwu.disclosure.api.redaction.RedactionKind;
import cn.jianwu.disclosure.api.redaction.RedactionPreviewRequest;
import cn.jianwu.disclosure.api.redaction.RedactionPreviewResponse;
import cn.jianwu.disclosure.api.statistics.StatisticsView;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ApiExamplesTest {

	/**
	 * Strict where the records allow it; a field of an example the record does not have
	 * is not written back, so the comparison finds it.
	 */
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final Map<ApiExamples, Class<?>> TYPES = Map.of(ApiExamples.STAFF_ITEM, StaffItem.class,
			ApiExamples.ITEM_PAGE, ItemPage.class, ApiExamples.ITEM_REQUEST, ItemRequest.class, ApiExamples.PUBLIC_ITEM,
			PublicItem.class, ApiExamples.PUBLIC_ITEM_PAGE, PublicItemPage.class, ApiExamples.STATISTICS,
			StatisticsView.class, ApiExamples.REDACTION_PREVIEW_REQUEST, RedactionPreviewRequest.class,
			ApiExamples.REDACTION_PREVIEW, RedactionPreviewResponse.class, ApiExamples.TOKEN, TokenResponse.class,
			ApiExamples.ME, StaffView.class);

	@ParameterizedTest
	@EnumSource(ApiExamples.class)
	void everyExampleReadsAsItsRecordAndWritesBackTheSameJson(ApiExamples example) {
		Class<?> type = TYPES.get(example);
		assertThat(type).as("the record of " + example).isNotNull();
		Object read = JSON.readValue(example.json(), type);
		JsonNode original = JSON.readTree(example.json());
		JsonNode written = JSON.readTree(JSON.writeValueAsString(read));
		assertThat(written).as(example.fileName()).isEqualTo(original);
	}

	@Test
	void theStaffItemSaysWhatTheCallerMayDo() {
		StaffItem item = JSON.readValue(ApiExamples.STAFF_ITEM.json(), StaffItem.class);
		assertThat(item.allows(WorkflowAction.REDELIVER)).isTrue();
		assertThat(item.allows(WorkflowAction.APPROVE)).isFalse();
		assertThat(item.history().get(item.history().size() - 1).roleLabel()).isEqualTo("系统");
		assertThat(item.attachments().get(0).checkLabel()).isEqualTo("已人工确认（head1）");
	}

	@Test
	void theRedactionExampleOffsetsPointAtTheOriginals() {
		String text = JSON.readValue(ApiExamples.REDACTION_PREVIEW_REQUEST.json(), RedactionPreviewRequest.class)
			.text();
		RedactionPreviewResponse preview = JSON.readValue(ApiExamples.REDACTION_PREVIEW.json(),
				RedactionPreviewResponse.class);
		assertThat(preview.redactions())
			.allSatisfy((redaction) -> assertThat(text.substring(redaction.start(), redaction.end()))
				.isEqualTo(redaction.original()));
	}

	@Test
	void everyValueStaffReadHasItsOwnChineseLabel() {
		List<List<String>> labels = List.of(labels(ItemStatus.values(), ItemStatus::label),
				labels(SubKind.values(), SubKind::label), labels(Term.values(), Term::label),
				labels(Exemption.values(), Exemption::label), labels(StaffRole.values(), StaffRole::label),
				labels(WorkflowAction.values(), WorkflowAction::label),
				labels(DeliveryState.values(), DeliveryState::label),
				labels(RedactionKind.values(), RedactionKind::label), labels(TextStatus.values(), TextStatus::label),
				labels(Category.values(), Category::label), labels(Visibility.values(), Visibility::label),
				labels(Channel.values(), Channel::label));
		for (List<String> enumLabels : labels) {
			assertThat(enumLabels).allSatisfy((label) -> assertThat(label).isNotBlank().matches(".*\\p{IsHan}.*"));
			assertThat(enumLabels).doesNotHaveDuplicates();
		}
	}

	private static <E> List<String> labels(E[] values, java.util.function.Function<E, String> label) {
		return Stream.of(values).map(label).toList();
	}

}
