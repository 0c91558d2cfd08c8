package cn.jianwu.disclosure.redaction;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import cn.jianwu.disclosure.ContractShapes;
import cn.jianwu.disclosure.api.ApiExamples;
import cn.jianwu.disclosure.api.redaction.RedactionKind;
import cn.jianwu.disclosure.api.redaction.RedactionPreviewResponse;
import org.junit.jupiter.api.Test;

import cn.jianwu.redaction.RedactionScanner;
import cn.jianwu.redaction.minors.MinorHints;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/redaction/preview}. Standalone MockMvc: the {@code @WebMvcTest} slice
 * lives in spring-boot-webmvc-test, which this module does not depend on yet.
 */
class RedactionPreviewControllerTest {

	private final MockMvc mvc = MockMvcBuilders
		.standaloneSetup(new RedactionPreviewController(new RedactionScanner(),
				new PrivacyReview(new MinorHints(), List::of), Clock.systemUTC()))
		.build();

	@Test
	void answersTheRedactedTextAndTheProposals() throws Exception {
		this.mvc.perform(post("/api/redaction/preview").contentType(MediaType.APPLICATION_JSON).content("""
				{"text": "被害人张三，手机13800138000，住平阳路1号。", "persons": ["张三"], "addresses": ["平阳路1号"]}
				"""))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.text").value("被害人张某，手机×××××××××××，住×××××。"))
			.andExpect(jsonPath("$.redactions.length()").value(3))
			.andExpect(jsonPath("$.redactions[0].kind").value("PERSON_NAME"))
			.andExpect(jsonPath("$.redactions[0].original").value("张三"))
			.andExpect(jsonPath("$.redactions[0].replacement").value("张某"))
			.andExpect(jsonPath("$.redactions[0].start").value(3))
			.andExpect(jsonPath("$.redactions[0].end").value(5))
			.andExpect(jsonPath("$.redactions[0].reason").value("自然人姓名（保留姓氏）"))
			.andExpect(jsonPath("$.redactions[1].kind").value("PHONE"))
			.andExpect(jsonPath("$.redactions[2].kind").value("ADDRESS"));
	}

	@Test
	void answersTheExampleRequestInTheContractsShape() throws Exception {
		String answer = this.mvc
			.perform(post("/api/redaction/preview").contentType(MediaType.APPLICATION_JSON)
				.content(ApiExamples.REDACTION_PREVIEW_REQUEST.json()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		RedactionPreviewResponse preview = ContractShapes.assertShape(answer, ApiExamples.REDACTION_PREVIEW,
				RedactionPreviewResponse.class);
		assertThat(preview.redactions()).extracting(RedactionPreviewResponse.Redaction::kind)
			.contains(RedactionKind.PERSON_NAME, RedactionKind.PHONE, RedactionKind.ADDRESS);
		assertThat(preview.text()).doesNotContain("王建国").doesNotContain("13800138000");
	}

	@Test
	void everyKindTheRedactionLibraryProposesIsAKindOfTheContract() {
		for (cn.jianwu.redaction.RedactionKind kind : cn.jianwu.redaction.RedactionKind.values()) {
			assertThat(RedactionKind.valueOf(kind.name()).label()).isNotBlank();
		}
	}

	@Test
	void acceptsARequestWithoutPersons() throws Exception {
		this.mvc
			.perform(post("/api/redaction/preview").contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"邮箱zs@example.com\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.text").value("邮箱××××××××××××××"));
	}

	@Test
	void refusesABlankTextWithAProblem() throws Exception {
		this.mvc
			.perform(post("/api/redaction/preview").contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"   \", \"persons\": [\"张三\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://jianwu.cn/problems/validation"))
			.andExpect(jsonPath("$.title").value("请求内容有误"))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").value(containsString("text 不能为空")))
			.andExpect(jsonPath("$.field").value("text"));
	}

	@Test
	void refusesAMissingText() throws Exception {
		this.mvc
			.perform(post("/api/redaction/preview").contentType(MediaType.APPLICATION_JSON)
				.content("{\"persons\": [\"张三\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("text"));
	}

	@Test
	void refusesATextOverTheLimit() throws Exception {
		String text = "一".repeat(RedactionPreviewController.MAX_TEXT_CHARS + 1);
		this.mvc
			.perform(post("/api/redaction/preview").contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"" + text + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://jianwu.cn/problems/validation"))
			.andExpect(jsonPath("$.detail").value(containsString("200000")));
	}

	@Test
	void refusesMoreThanTwoHundredPersons() throws Exception {
		String persons = "\"张三\",".repeat(RedactionPreviewController.MAX_PERSONS) + "\"李四\"";
		this.mvc
			.perform(post("/api/redaction/preview").contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"张三\", \"persons\": [" + persons + "]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("persons"))
			.andExpect(jsonPath("$.detail").value(containsString("201")));
	}

	@Test
	void refusesAOneCharacterName() throws Exception {
		this.mvc
			.perform(post("/api/redaction/preview").contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"张三说\", \"persons\": [\"张三\", \"张\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("persons"))
			.andExpect(jsonPath("$.detail").value(containsString("第 2 个")));
	}

	@Test
	void refusesAMalformedBodyWithTheSameProblemType() throws Exception {
		this.mvc
			.perform(post("/api/redaction/preview").contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"张三\", \"persons\": \"张三\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://jianwu.cn/problems/validation"))
			.andExpect(jsonPath("$.title").value("请求内容有误"));
	}

}
