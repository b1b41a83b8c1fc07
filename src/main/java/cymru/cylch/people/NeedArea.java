package cymru.cylch.people;

import java.util.List;
import java.util.Optional;

/** One area a resource allocation scheme asks about, with its levels of need from least to most. */
public record NeedArea(String code, String nameEn, String nameCy, List<Level> levels) {

    public NeedArea {
        levels = List.copyOf(levels);
    }

    public String nameIn(String language) {
        return "cy".equals(language) ? nameCy : nameEn;
    }

    public Optional<Level> level(int number) {
        return levels.stream().filter(l -> l.number() == number).findFirst();
    }

    /** A level of need and the points it scores. */
    public record Level(int number, int points, String descriptionEn, String descriptionCy) {

        public String descriptionIn(String language) {
            return "cy".equals(language) ? descriptionCy : descriptionEn;
        }
    }
}
