"""What every stage stands on: where files are, writing them whole, languages, the site."""
