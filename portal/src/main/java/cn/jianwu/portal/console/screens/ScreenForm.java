package cn.jianwu.portal.console.screens;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jianwu.events.Category;

/**
 * The screen registry's form: the screen's address, its name and place, what it shows.
 */
public class ScreenForm {

	private String id;

	private String name;

	private String location;

	private List<Category> categories = new ArrayList<>();

	private Integer secondsPerItem;

	static ScreenForm blank() {
		ScreenForm form = new ScreenForm();
		form.categories = new ArrayList<>(List.of(Category.values()));
		form.secondsPerItem = 10;
		return form;
	}

	static ScreenForm of(ScreensController.Screen screen) {
		ScreenForm form = new ScreenForm();
		form.id = screen.id();
		form.name = screen.name();
		form.location = screen.location();
		form.categories = new ArrayList<>(screen.categories());
		form.secondsPerItem = screen.secondsPerItem();
		return form;
	}

	Map<String, Object> registration() {
		Map<String, Object> request = settings();
		request.put("id", (this.id != null) ? this.id.strip() : null);
		return request;
	}

	Map<String, Object> settings() {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("name", this.name);
		request.put("location", this.location);
		request.put("categories", this.categories);
		request.put("secondsPerItem", this.secondsPerItem);
		return request;
	}

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public List<Category> getCategories() {
		return this.categories;
	}

	public void setCategories(List<Category> categories) {
		this.categories = (categories != null) ? new ArrayList<>(categories) : new ArrayList<>();
	}

	public Integer getSecondsPerItem() {
		return this.secondsPerItem;
	}

	public void setSecondsPerItem(Integer secondsPerItem) {
		this.secondsPerItem = secondsPerItem;
	}

}
