package cn.jianwu.disclosure.item;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import cn.jianwu.disclosure.api.item.ItemRequest;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The demo's items ({@code demo/items.json}) are drafts the service accepts: the local
 * demo and the system tests start from them, and a draft the rules refuse stops
 * disclosure-service at start.
 */
class DemoItemsContentTest {

	@Test
	void everyDemoItemIsADraftTheRulesAccept() throws IOException {
		JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		List<ItemRequest> drafts;
		try (InputStream in = new ClassPathResource("demo/items.json").getInputStream()) {
			drafts = json.readValue(in, new TypeReference<List<ItemRequest>>() {
			});
		}
		assertThat(drafts).hasSizeGreaterThan(20);
		try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
			Validator validator = factory.getValidator();
			for (ItemRequest draft : drafts) {
				assertThat(validator.validate(draft)).as(draft.title()).isEmpty();
				assertThatCode(() -> ItemContentFactory.from(draft)).as(draft.title()).doesNotThrowAnyException();
			}
		}
	}

}
