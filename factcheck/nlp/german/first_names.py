"""Common first names (German, English, Russian, Korean given-name syllables) that mark a person's name."""

from __future__ import annotations

FIRST_NAMES: frozenset[str] = frozenset(
    """Adam Adrian Adrienne Alexander Alexej Alexei Alexandra Alfred Alice Andreas Andrea Andrej Andrei Angela Anna
    Anne Annalena Antony Anton Armin Barack Bernd Bill Boris Boris Carl Carlos Caroline Charles Christian
    Christina Christine Christoph Claudia Daniel David Dieter Dmitri Dmitrij Dmitry Donald Elena Elisabeth Emmanuel
    Erich Ernst Frank Franz Friedrich Georg George Gerhard Hans Heiko Heinrich Helmut Horst Igor Ilja Ivan Iwan
    Jacob James Jan Jens Jewgeni Jewgenij Joe John Johann Johannes Jörg Josef Joseph Juri Jürgen Karl Katarina
    Katharina Kevin Klaus Lars Lukas Manfred Maria Marie Mark Markus Martin Matthias Max Michael Michail Mike
    Nancy Nikolai Norbert Olaf Oleg Olga Pavel Paul Peter Philipp Rainer Ralf Richard Robert Rolf Sahra Sebastian
    Sergej Sergei Sergey Stefan Steffen Stephan Sven Thomas Tim Ulrich Ursula Uwe Viktor Vladimir Walter Werner
    Wladimir Wolfgang Wolodymyr Xi Yuri Jens Kamala Hillary Emmanuel Rishi Boris Theresa Giorgia Recep Narendra
    Benjamin Jair Luiz Lula Justin Fumio Shinzo Yoshihide Moon Yoon Kim Choe Ri Lee Park Jong Jae Suk Song
    Antje Birgit Britta Doris Edith Eva Franziska Gabriele Gisela Heike Helga Ines Ingrid Jana Julia Karin Kerstin
    Lena Lisa Marina Monika Natalia Natalja Nina Petra Sabine Sandra Sara Sarah Silke Simone Stefanie Susanne
    Tatjana Ute Valentina Vera Anja Marco Mario Felix Florian Jonas Leon Lukas Niklas Patrick Tobias Dirk Kai
    Oliver Robin Rüdiger Volker Winfried Marcel Torsten Thorsten Holger Hubertus Cem Annegret Markus Friedrich
    Kurt Otto Hermann Herbert Konrad Ludwig Wilhelm Gustav Hugo Emil Anton Roman Ramzan Alexander Valeri Waleri
    Gennadi Wiktor Nikita Leonid Michail Jelzin Josip Slobodan Aleksandar Ali Mohammed Mohammad Ahmed Hassan
    Abdullah Bashar Hosni Recep Ebrahim Hassan Mahmud Mahmoud Jean Pierre François Nicolas Marine Emmanuel Angela
    Jacques Luis Pedro Juan Jose José Carlos Jorge Pablo Marcos Giuseppe Giovanni Matteo Silvio Sergio
    Achim Albert Alexandra Alois Andrzej Anke Annette Arnold Arthur Astrid Axel Bärbel Beate Benedikt Bernhard
    Bettina Björn Brigitte Bruno Carsten Cornelia Dagmar Daniela Dennis Detlef Dietmar Dominik Dorothea Edgar
    Elke Erik Erika Erwin Eugen Fabian Ferdinand Frieda Fritz Gerd Gerda Gerlinde Gottfried Gregor Gudrun Günter
    Günther Hannah Hannelore Harald Hartmut Heidi Heinz Helene Helmut Henrik Herta Hildegard Ilse Ingo Irene Iris
    Jakob Jasmin Joachim Jochen Johanna Jonathan Josefine Judith Julian Jutta Karsten Katja Klara Konstantin
    Lothar Ludger Luise Lutz Magdalena Maik Manuel Margarete Margit Marianne Marion Marlene Martina Mathias
    Michaela Mirko Moritz Nadine Nicole Nils Norman Paula Philip Regina Reinhard Reinhold Renate Robert Roland
    Rosemarie Ruth Sabrina Siegfried Sigrid Sophie Stephanie Susanne Sylvia Theo Theodor Tilo Timo Udo Ulla
    Ulrike Ursula Verena Viktoria Waltraud Wilfried Wolf Yvonne Zoe Albrecht Alexej Anatoli Boris Denis Dmitrij
    Galina Irina Jelena Jewgenija Jurij Konstantin Ljudmila Maxim Natalja Pjotr Swetlana Wassili Wiktorija
    Wjatscheslaw Michel Philippe Louis Antoine Marc Claude Jean-Claude Jean-Marie Marco Luca Andrea Francesco
    Antonio Mario Paolo Roberto Stefano Alessandro Lorenzo Miguel Manuel Antonio Fernando Francisco Javier
    Rafael Diego Alejandro Gabriel Tom Tony Jack Harry Charlie George Henry William Edward Robert Richard Steven
    Stephen Peter Paul Andrew Anthony Brian Chris Christopher Daniel David Eric Frank Gary Greg Jeff Jeffrey
    Jennifer Jessica Karen Kate Laura Linda Lisa Margaret Mary Michelle Patricia Rachel Rebecca Ronald Ryan
    Sarah Scott Susan Thomas Timothy Elizabeth Emily Emma Olivia Nicola Theresa Liz Ben Sam Matt Nick""".split()
)

SURNAMES: frozenset[str] = frozenset(
    """Müller Schmidt Schneider Fischer Weber Meyer Meier Mayer Maier Wagner Becker Schulz Hoffmann Schäfer Koch
    Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner
    Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters
    Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz
    Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto
    Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch
    Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor
    Anderson Moore Jackson White Harris Martin Thompson Robinson Clark Lewis Walker Young Allen Wright""".split()
)
"""Frequent German and English family names (a hint, not a rule: many are also common nouns)."""
