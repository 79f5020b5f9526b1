"""Names and places of the generated population, by language and region (pure data)."""

FIRST_NAMES = {
    ("nl", "M"): (
        "Jan Luc Marc Peter Dirk Johan Patrick Geert Bart Kris Koen Tom Wim Stijn Pieter Jeroen Joris Wouter "
        "Steven Filip Jef Lucas Noah Arthur Louis Liam Jules Finn Lars Mathis Warre Seppe Wout Lander Senne "
        "Jasper Thibo Robbe Milan Vic Rik Frans Jozef Willy Eddy Gert Hans Raf Sander Bram"
    ).split(),
    ("nl", "F"): (
        "Maria An Els Katrien Sofie Veerle Inge Griet Hilde Kristien Lies Leen Annelies Evelien Lotte Hanne "
        "Lien Marie Nina Emma Olivia Louise Mila Elena Noor Fien Lore Jana Ellen Liesbeth Martine Godelieve "
        "Rita Monique Josée Ria Linda Nathalie Sarah Femke Margot Jolien Tine Karolien Charlotte Julie Amber "
        "Marthe Renée Ilse"
    ).split(),
    ("fr", "M"): (
        "Jean Pierre Michel Philippe Jacques Alain Daniel Christian André Claude Luc Marc Éric Thierry Pascal "
        "Didier Olivier Laurent Frédéric Nicolas Julien Sébastien Maxime Antoine Guillaume Thomas Hugo Gabriel "
        "Louis Nathan Théo Raphaël Adam Victor Léon Jules Arthur Romain François Benoît Vincent Xavier Bernard "
        "Robert Georges Henri Émile Mathéo Noah Sacha"
    ).split(),
    ("fr", "F"): (
        "Marie Anne Isabelle Catherine Christine Nathalie Sophie Valérie Véronique Martine Françoise Monique "
        "Nicole Brigitte Chantal Sylvie Céline Julie Aurélie Caroline Laura Camille Manon Léa Chloé Emma Louise "
        "Alice Juliette Lina Zoé Clara Élise Margaux Pauline Charlotte Amélie Mélanie Jeanne Josiane Danielle "
        "Jacqueline Madeleine Simone Anaïs Inès Lucie Noémie Mia Olivia"
    ).split(),
    ("other", "M"): (
        "Mohamed Ahmed Youssef Omar Ali Hassan Ibrahim Karim Mehmet Mustafa Emre Murat Giuseppe Marco Luca "
        "Piotr Tomasz Andrzej Ion Andrei Carlos José Miguel João Mamadou Moussa Jean-Pierre Patrice Amir Bilal "
        "Ayoub Rayan Adam Elias Ilias Dimitri Kevin Samuel"
    ).split(),
    ("other", "F"): (
        "Fatima Khadija Aicha Samira Nadia Yasmina Salma Amina Imane Zeynep Elif Ayşe Fatma Giulia Francesca "
        "Anna Agnieszka Katarzyna Magdalena Elena Ioana Maria Ana Carmen Lucía Aminata Fatoumata Grace Esther "
        "Mariam Sara Nour Hiba Lina Yara Sofia Ines Hana"
    ).split(),
}
LAST_NAMES = {
    "nl": [
        "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
        "Vermeulen", "Van den Broeck", "De Clercq", "Hermans", "Aerts", "Michiels", "Van Damme", "Stevens",
        "Martens", "Van de Velde", "Pauwels", "Claeys", "Desmet", "Verhoeven", "De Backer", "Segers", "Smets",
        "Bogaerts", "Van Dyck", "Cools", "Verstraete", "Lambrechts", "Vandenberghe", "De Vos", "Van Hecke",
        "Hendrickx", "Verbeke", "Maenhout", "Verlinden", "Coppens", "De Meyer", "Vermeersch", "Thys", "Wuyts",
        "Vervoort", "Van Acker", "Geerts", "De Wilde", "Baert", "Huysmans", "Verschueren", "Verheyen", "Van Hoof",
        "Mortier", "De Groote", "Vandamme", "Moens", "Verbruggen", "Govaerts", "Bosmans", "Vanhove", "De Cock",
        "Van Loon", "Laenen", "Lemmens", "Van Goethem", "Van Laere", "Vanderstraeten", "Dewulf", "Bauwens",
        "Verhaegen", "Van Looy", "Sels", "Nijs", "Schepens", "Van Gorp", "Franssens", "Vanderlinden", "Beckers",
        "Heylen", "Adriaensens", "Cornelis", "Coene", "De Jonghe", "D'Hondt", "Van Impe", "Ceulemans",
        "Verstappen", "Luyten", "Bollen", "Dierckx", "Daems", "Schoofs", "Vanhoutte", "De Ridder", "Pieters",
        "Verbiest", "Van Aken", "Vercammen", "Van Herck",
    ],
    "fr": [
        "Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leclercq", "Lejeune", "Renard", "Dumont",
        "Leroy", "François", "Mathieu", "Lemaire", "Michel", "Henry", "Hubert", "Collard", "Denis", "Gérard",
        "Charlier", "Dufour", "Thiry", "Noël", "Jacquet", "Fontaine", "Lecomte", "Bertrand", "Petit", "Lefebvre",
        "Masson", "Lefèvre", "Moreau", "Girard", "Marchal", "Dethier", "Dubuisson", "Pirard", "Piette", "Delvaux",
        "Gilson", "Wilmotte", "Massart", "Hardy", "Libert", "Bodart", "Delhaye", "Bastin", "Remy", "Warnier",
        "Dupuis", "Evrard", "Jadot", "Delcourt", "Guillaume", "Frère", "Legrand", "Lenoir", "Nicolas", "Rousseau",
        "Poncelet", "Lambotte", "Lhoest", "Goffin", "Gillet", "Collignon", "Wauthier", "Hanquet", "Closset",
        "Georges", "Defays", "Maréchal", "Schmitz", "Jacob", "Gobert", "Toussaint", "Pierre", "Dony", "Lecocq",
        "Colin", "Baudoin", "Delforge", "Mahieu", "Leblanc", "Paquet", "Detry", "Hoslet", "Servais", "Stassart",
        "Cornet", "Dessy", "Kinet", "Lallemand", "Lhomme", "Englebert", "Delsaux", "Deprez", "Mottet", "Carlier",
        "Bauduin",
    ],
    "other": [
        "El Amrani", "Benali", "El Idrissi", "Bouzid", "Ait Ouali", "El Ouardi", "Yilmaz", "Kaya", "Demir",
        "Şahin", "Çelik", "Öztürk", "Rossi", "Russo", "Bianchi", "Romano", "Esposito", "Ferrari", "Kowalski",
        "Nowak", "Wiśniewski", "Lewandowski", "Popescu", "Ionescu", "García", "Fernández", "Rodríguez", "López",
        "Martínez", "Silva", "Santos", "Pereira", "Ferreira", "Oliveira", "Nguyen", "Tran", "Diallo", "Traoré",
        "Mukendi", "Kabongo", "Tshibangu", "Ilunga", "Mbuyi", "Ahmed", "Hassan", "Mohammadi", "Papadopoulos",
        "Georgiou", "Schmidt", "Müller", "Schneider", "Fischer", "Smith", "Murphy", "Kovačević", "Horvat",
        "Ivanov", "Petrov", "Haddad", "Benmoussa",
    ],
}
STREETS = {
    "flanders": [
        "Kerkstraat", "Stationsstraat", "Dorpstraat", "Molenstraat", "Schoolstraat", "Nieuwstraat", "Kapelstraat",
        "Veldstraat", "Beekstraat", "Hoogstraat", "Steenweg", "Lindenlaan", "Kastanjelaan", "Meersstraat",
        "Grote Markt", "Bergstraat", "Brugstraat", "Leopoldlaan", "Vijverstraat", "Heirweg", "Kouterstraat",
        "Populierenlaan", "Tuinstraat", "Ringlaan", "Zandstraat",
    ],
    "brussels": [
        "Avenue Louise", "Chaussée d'Ixelles", "Rue de la Loi", "Boulevard Anspach", "Chaussée de Waterloo",
        "Avenue de Tervueren", "Rue Haute", "Rue Blaes", "Chaussée de Gand", "Avenue Brugmann", "Rue Royale",
        "Boulevard du Midi", "Chaussée de Louvain", "Rue Antoine Dansaert", "Avenue de la Couronne",
        "Chaussée d'Alsemberg", "Rue du Midi", "Place Flagey", "Avenue Georges Henri", "Boulevard Général Jacques",
    ],
    "wallonia": [
        "Rue de l'Église", "Rue de la Station", "Rue du Moulin", "Rue Haute", "Rue Neuve", "Chaussée de Bruxelles",
        "Place communale", "Rue des Écoles", "Avenue des Tilleuls", "Rue du Centre", "Rue de la Gare",
        "Rue Saint-Pierre", "Avenue Albert Ier", "Rue du Château", "Rue des Champs", "Rue de la Chapelle",
        "Rue du Pont", "Rue Grande", "Rue de Namur", "Boulevard Léopold II", "Rue du Stade", "Rue des Prés",
        "Rue de Liège", "Avenue de la Libération", "Rue Albert Ier",
    ],
    "abroad": [
        "Hauptstraße", "Grand-Rue", "Rue de Paris", "Dorpsstraat", "Route d'Arlon", "Bahnhofstraße",
        "Rue Nationale", "Markt", "Avenue de la Liberté", "Wilhelminastraat",
    ],
}
CITIES = {
    "flanders": [
        ("2000", "Antwerpen"), ("9000", "Gent"), ("8000", "Brugge"), ("3000", "Leuven"), ("2800", "Mechelen"),
        ("9300", "Aalst"), ("3500", "Hasselt"), ("8500", "Kortrijk"), ("9100", "Sint-Niklaas"), ("8400", "Oostende"),
        ("2300", "Turnhout"), ("3600", "Genk"), ("8800", "Roeselare"), ("9200", "Dendermonde"), ("1800", "Vilvoorde"),
        ("2500", "Lier"), ("2200", "Herentals"), ("3300", "Tienen"), ("8900", "Ieper"), ("9700", "Oudenaarde"),
        ("2400", "Mol"), ("3290", "Diest"), ("9900", "Eeklo"), ("2900", "Schoten"), ("1700", "Dilbeek"),
        ("3800", "Sint-Truiden"), ("8600", "Diksmuide"), ("9160", "Lokeren"), ("2440", "Geel"), ("1500", "Halle"),
        ("3700", "Tongeren"), ("8700", "Tielt"), ("3200", "Aarschot"), ("2600", "Berchem"), ("2100", "Deurne"),
    ],
    "brussels": [
        ("1000", "Brussel"), ("1020", "Laken"), ("1030", "Schaerbeek"), ("1040", "Etterbeek"), ("1050", "Ixelles"),
        ("1060", "Saint-Gilles"), ("1070", "Anderlecht"), ("1080", "Molenbeek-Saint-Jean"), ("1081", "Koekelberg"),
        ("1082", "Berchem-Sainte-Agathe"), ("1083", "Ganshoren"), ("1090", "Jette"), ("1140", "Evere"),
        ("1150", "Woluwe-Saint-Pierre"), ("1160", "Auderghem"), ("1170", "Watermael-Boitsfort"), ("1180", "Uccle"),
        ("1190", "Forest"), ("1200", "Woluwe-Saint-Lambert"), ("1210", "Saint-Josse-ten-Noode"),
    ],
    "wallonia": [
        ("4000", "Liège"), ("6000", "Charleroi"), ("5000", "Namur"), ("7000", "Mons"), ("1300", "Wavre"),
        ("7500", "Tournai"), ("4800", "Verviers"), ("7100", "La Louvière"), ("1400", "Nivelles"), ("6700", "Arlon"),
        ("5500", "Dinant"), ("4500", "Huy"), ("6600", "Bastogne"), ("1348", "Louvain-la-Neuve"), ("7700", "Mouscron"),
        ("4100", "Seraing"), ("6200", "Châtelet"), ("5300", "Andenne"), ("4300", "Waremme"), ("6800", "Libramont"),
        ("7800", "Ath"), ("6900", "Marche-en-Famenne"), ("4700", "Eupen"), ("1480", "Tubize"), ("5100", "Jambes"),
    ],
    "abroad": [
        ("6211", "Maastricht"), ("4811", "Breda"), ("59000", "Lille"), ("59200", "Tourcoing"),
        ("08000", "Charleville-Mézières"), ("L-1009", "Luxembourg"), ("52062", "Aachen"), ("5611", "Eindhoven"),
        ("4530", "Terneuzen"), ("75011", "Paris"), ("10115", "Berlin"), ("28001", "Madrid"),
    ],
}
